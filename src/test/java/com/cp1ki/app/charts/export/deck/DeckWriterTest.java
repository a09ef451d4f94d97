package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.Cp1kiChart;
import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deck, opened again with POI: slides, native chart series equal to the report, tables, assumptions. */
class DeckWriterTest {

    private static byte[] seedDeck;

    private static XMLSlideShow deck(Project p, Report r) throws Exception {
        boolean seed = p.equals(Samples.seed());
        if (!seed || seedDeck == null) {
            Fx.start();
            // a deck lays out and pictures several charts: minutes, not seconds, on a loaded 2-core machine
            byte[] bytes = com.cp1ki.app.charts.export.Headless.run(() -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                DeckWriter.write(p, r, LocalDate.of(2026, 11, 30), b);
                return b.toByteArray();
            }, java.time.Duration.ofMinutes(5));
            if (!seed) {
                return new XMLSlideShow(new ByteArrayInputStream(bytes));
            }
            seedDeck = bytes;
        }
        return new XMLSlideShow(new ByteArrayInputStream(seedDeck));
    }

    private static String text(XSLFSlide s) {
        StringBuilder b = new StringBuilder();
        for (XSLFShape sh : s.getShapes()) {
            if (sh instanceof XSLFTextShape t) {
                b.append(t.getText()).append('\n');
            }
            if (sh instanceof XSLFTable t) {
                t.getRows().forEach(row -> row.getCells().forEach(c -> b.append(c.getText()).append('|')));
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static XSLFChart chartOn(XSLFSlide s) {
        for (XSLFShape sh : s.getShapes()) {
            if (sh instanceof XSLFGraphicFrame f && f.hasChart()) {
                return f.getChart();
            }
        }
        return null;
    }

    @Test
    void theSeedDeckHasTitleChartsResultsPlansAndAssumptionsSlidesAt16By9() throws Exception {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        int charts = RenderPlan.of(seed, r).items().size();
        try (XMLSlideShow ppt = deck(seed, r)) {
            assertEquals(960, ppt.getPageSize().width);
            assertEquals(540, ppt.getPageSize().height);
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(1 + charts + 1 + 1 + 1, slides.size(), "title, charts, results, plan margins, assumptions");
            String title = text(slides.get(0));
            assertTrue(title.contains(seed.name()), title);
            assertTrue(title.contains("30 November 2026"), title);
            // the engine's headline, the one the workbench and the CLI show, the workload in the client's words
            String engine = r.headline("document_summariser").orElseThrow().text();
            assertTrue(engine.startsWith("For document_summariser at 10,000 inferences/day, "), engine);
            assertTrue(title.contains("For Document summariser at 10,000 inferences/day, "
                    + engine.substring("For document_summariser at 10,000 inferences/day, ".length())), title);
        }
    }

    @Test
    void theDeckAndSummarySayTheEnginesHeadlineInTheClientsWords() {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        String engine = r.headline("document_summariser").orElseThrow().text();
        assertTrue(engine.startsWith("For document_summariser at 10,000 inferences/day, "), engine);
        assertEquals(List.of("For Document summariser at " + engine.substring("For document_summariser at ".length())),
                DeckFacts.headline(seed, r), "one sentence, the engine's, with the workload's readable name");
        // a workload no enabled stack serves has no headline, in the deck as in the report
        Report none = new Report(List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), DeckFacts.headline(seed, none));
    }

    @Test
    void theCp1kiSlideIsANativeStackedBarChartWhoseValuesAreTheReports() throws Exception {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        try (XMLSlideShow ppt = deck(seed, r)) {
            XSLFChart chart = chartOn(ppt.getSlides().get(1));
            assertNotNull(chart, "a native chart, not a picture");
            List<XDDFChartData> data = chart.getChartSeries();
            assertEquals(1, data.size());
            XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
            assertEquals(org.apache.poi.xddf.usermodel.chart.BarGrouping.STACKED, bars.getBarGrouping());
            assertEquals(Cp1kiChart.COMPONENTS.size(), bars.getSeriesCount());
            List<StackResult> rs = r.results();
            for (int i = 0; i < bars.getSeriesCount(); i++) {
                XDDFChartData.Series ser = bars.getSeries(i);
                Cp1kiChart.Component c = Cp1kiChart.COMPONENTS.get(i);
                for (int j = 0; j < rs.size(); j++) {
                    StackResult res = rs.get(j);
                    double expected = seed.settings().toDisplay(c.monthly().applyAsDouble(res.monthly())
                            / res.monthlyInferences() * 1000);
                    assertEquals(expected, ser.getValuesData().getPointAt(j).doubleValue(), 1e-9,
                            c.name() + " of " + res.stack());
                    assertEquals(res.stack(), ser.getCategoryData().getPointAt(j).toString());
                }
            }
            // the components add up to each stack's CP1Ki: $3.04 for Claude Haiku 3.5 (seed 004)
            double haiku = 0;
            for (int i = 0; i < bars.getSeriesCount(); i++) {
                haiku += bars.getSeries(i).getValuesData().getPointAt(0).doubleValue();
            }
            assertEquals(3.04, haiku, 1e-9);
        }
    }

    @Test
    void theMarginSlideIsANativeLineAndThePictureSlidesArePictures() throws Exception {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        List<RenderPlan.Item> items = RenderPlan.of(seed, r).items();
        try (XMLSlideShow ppt = deck(seed, r)) {
            for (int i = 0; i < items.size(); i++) {
                XSLFSlide s = ppt.getSlides().get(1 + i);
                boolean native_ = NativeChart.supports(items.get(i).kind());
                assertEquals(native_, chartOn(s) != null, items.get(i).stem());
                assertEquals(!native_, s.getShapes().stream().anyMatch(x -> x instanceof XSLFPictureShape),
                        items.get(i).stem());
                assertTrue(text(s).contains("Project " + seed.name()), "every chart slide states its assumptions");
            }
            int m = items.indexOf(items.stream().filter(it -> it.kind() == com.cp1ki.app.charts.ChartKind.MARGIN)
                    .findFirst().orElseThrow());
            XDDFScatterChartData line = (XDDFScatterChartData) chartOn(ppt.getSlides().get(1 + m)).getChartSeries().get(0);
            PlanResult p = r.plans().get(0);
            assertEquals(p.curve().size(), line.getSeries(0).getValuesData().getPointCount());
            assertEquals(seed.settings().toDisplay(p.curve().get(0).margin()),
                    line.getSeries(0).getValuesData().getPointAt(0).doubleValue(), 1e-9);
            assertEquals(p.curve().get(0).usage(), Double.parseDouble(String.valueOf(line.getSeries(0).getCategoryData().getPointAt(0))), 1e-9);
        }
    }

    @Test
    void theResultsAndAssumptionsSlidesSayWhatTheReportSays() throws Exception {
        Project inr = ProjectFiles.load(Path.of("sample-projects/plans-inr-subscription.cp1ki"));
        Report r = CostEngine.report(inr);
        try (XMLSlideShow ppt = deck(inr, r)) {
            List<XSLFSlide> slides = ppt.getSlides();
            String results = slides.stream().map(DeckWriterTest::text).filter(t -> t.startsWith("Results"))
                    .findFirst().orElseThrow();
            for (StackResult res : r.results()) {
                assertTrue(results.contains(res.stack() + "|"), res.stack());
                assertTrue(results.contains(com.cp1ki.app.charts.ChartFormat.money(inr.settings().toDisplay(res.cp1ki()),
                        "INR")), results);
            }
            String plans = slides.stream().map(DeckWriterTest::text).filter(t -> t.startsWith("Plan margins"))
                    .findFirst().orElseThrow();
            for (PlanResult p : r.plans()) {
                assertTrue(plans.contains(p.plan() + "|"), plans);
            }
            String assumptions = text(slides.get(slides.size() - 1));
            assertTrue(assumptions.startsWith("Assumptions"), assumptions);
            assertTrue(assumptions.contains("Money in INR at 83 INR per USD on 2025"), assumptions);
            assertTrue(assumptions.contains("as of") || assumptions.contains("no as-of date"), assumptions);
            assertTrue(assumptions.contains("inferences/day"), assumptions);
            assertTrue(assumptions.contains("Plan Lite: ₹149.00 per user per month"), assumptions);
            String all = slides.stream().map(DeckWriterTest::text).collect(Collectors.joining());
            assertFalse(all.contains("study_chat:"), "workloads by their readable names");
        }
    }
    @Test
    void theBillIsASlideWhenSomethingIsRoutedAndLeftOutOtherwise() throws Exception {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        String billTitle = "The monthly bill by stack and feature: " + seed.name();
        try (XMLSlideShow ppt = deck(seed, r)) {
            assertTrue(ppt.getSlides().stream().map(DeckWriterTest::text).noneMatch(t -> t.startsWith(billTitle)),
                    "nothing is routed in the seed: no bill slide");
            assertTrue(RenderPlan.of(seed, r).skipped().stream().anyMatch(k -> k.stem().equals("bill")
                    && k.why().equals("no workload is routed, so there is no product bill (portfolio)")));
        }
        var w = seed.workloads().get(0);
        Project routed = seed.withWorkloads(List.of(w.withRouting(List.of(
                new com.cp1ki.engine.model.Route("Claude Haiku 3.5", 0.75),
                new com.cp1ki.engine.model.Route("GPT-4o", 0.25)))));
        Report rr = CostEngine.report(routed);
        try (XMLSlideShow ppt = deck(routed, rr)) {
            List<XSLFSlide> bill = ppt.getSlides().stream().filter(s -> text(s).startsWith(billTitle)).toList();
            assertEquals(1, bill.size(), "one bill slide");
            assertTrue(bill.get(0).getShapes().stream().anyMatch(sh -> sh instanceof XSLFPictureShape),
                    "the bill is a picture of the workbench's Bill chart");
            assertTrue(text(bill.get(0)).contains("Document summariser"), "its footer names the feature as the "
                    + "client reads it: " + text(bill.get(0)));
        }
    }
}
