package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.export.Assumptions;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.ChartImages;
import com.cp1ki.app.charts.export.ClientNames;
import com.cp1ki.app.charts.export.FxSteps;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import javafx.scene.layout.VBox;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.util.Units;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 16:9 PowerPoint deck of a project: a title slide (project, date, headline), one slide per chart
 * that carries information ({@link RenderPlan}; native, editable charts with their data inside where
 * the chart type allows, else a sharp picture of the chart), the results table, the plan margins
 * (when there are plans) and the assumptions (prices with their as-of dates and sources, FX rate and
 * date, volumes, token profiles, values per inference, plan inputs). Apache POI (XSLF, XDDF). Charts
 * are laid out on the FX thread ({@link FxSteps}); slides and the file are made on the calling thread.
 */
public final class DeckWriter {

    /** Pixels per point of a chart picture: 2 gives 1776 x 780 px for an 888 x 390 pt picture, then 1.5x that. */
    static final double PICTURE_SCALE = 1.5;
    private static final double CHART_TOP = 66;
    private static final double CHART_HEIGHT = 392;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private DeckWriter() {
    }

    /** Writes the deck of a project as of {@code date} to {@code out}, on the FX thread. */
    public static void write(Project project, Report report, LocalDate date, OutputStream out) throws IOException {
        try {
            write(project, report, date, out, FxSteps.inPlace());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes the deck from any thread: each chart is laid out (and pictured) on the FX thread through
     * {@code steps}, the slides and the file are made here; progress after each slide, and a
     * {@link java.util.concurrent.CancellationException} between slides once cancelled.
     */
    public static void write(Project project, Report report, LocalDate date, OutputStream out, FxSteps steps)
            throws Exception {
        List<RenderPlan.Item> items = RenderPlan.of(project, report).items();
        int total = items.size() + 4;
        int done = 0;
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) Slides.WIDTH, (int) Slides.HEIGHT));
            titleSlide(ppt, project, report, date);
            steps.progress(++done, total);
            for (RenderPlan.Item it : items) {
                steps.checkCancelled();
                chartSlide(ppt, project, report, it, steps);
                steps.progress(++done, total);
            }
            steps.checkCancelled();
            XSLFSlide results = ppt.createSlide();
            Slides.title(results, "Results: cost per inference, per 1,000 and per month");
            DeckFacts.Table t = DeckFacts.results(project, report);
            Slides.table(results, t, new Rectangle2D.Double(Slides.MARGIN, 80, Slides.WIDTH - 2 * Slides.MARGIN,
                    28.0 * (t.rows().size() + 1)), project.workloads().size() > 1 ? 2 : 1, t.rows().size() > 12 ? 10 : 13);
            List<String> crossovers = DeckFacts.crossovers(project, report);
            if (!crossovers.isEmpty()) {
                double top = Math.min(440, 100 + 28.0 * (t.rows().size() + 1));
                Slides.text(results, new Rectangle2D.Double(Slides.MARGIN, top, Slides.WIDTH - 2 * Slides.MARGIN,
                        Slides.HEIGHT - top - 12), crossovers, 13, false, Slides.TEXT);
            }
            if (!report.plans().isEmpty()) {
                XSLFSlide plans = ppt.createSlide();
                Slides.title(plans, "Plan margins");
                DeckFacts.Table p = DeckFacts.plans(project, report);
                Slides.table(plans, p, new Rectangle2D.Double(Slides.MARGIN, 80, Slides.WIDTH - 2 * Slides.MARGIN,
                        30.0 * (p.rows().size() + 1)), 1, 13);
            }
            assumptionsSlide(ppt, project, report);
            steps.progress(++done, total);
            steps.checkCancelled();
            ppt.write(out);
            steps.progress(++done, total);
        }
    }

    private static void titleSlide(XMLSlideShow ppt, Project project, Report report, LocalDate date) {
        XSLFSlide s = ppt.createSlide();
        Slides.text(s, new Rectangle2D.Double(60, 110, Slides.WIDTH - 120, 70), List.of(project.name()), 36, true,
                Slides.TEXT);
        Slides.text(s, new Rectangle2D.Double(60, 180, Slides.WIDTH - 120, 30),
                List.of("Unit economics of AI features, " + DATE.format(date)), 18, false, Slides.MUTED);
        List<String> headline = DeckFacts.headline(project, report);
        Slides.text(s, new Rectangle2D.Double(60, 250, Slides.WIDTH - 120, 200), headline.isEmpty()
                ? List.of("No workload is served by an enabled stack yet.") : headline, 20, false, Slides.ACCENT);
        Slides.text(s, new Rectangle2D.Double(60, 480, Slides.WIDTH - 120, 30),
                List.of("Made with CP1Ki Workbench: every number comes with its formula and inputs."), 11, false,
                Slides.MUTED);
    }

    /** What the FX thread hands back for one chart slide: a native chart's data or a picture, and the footer. */
    private record Shot(NativeChart.Data data, javafx.scene.image.WritableImage picture, List<String> footer) {
    }

    private static void chartSlide(XMLSlideShow ppt, Project project, Report report, RenderPlan.Item it, FxSteps steps)
            throws Exception {
        XSLFSlide s = ppt.createSlide();
        Slides.title(s, ClientNames.title(it.kind(), project, report, it.options()));
        double w = Slides.WIDTH - 2 * Slides.MARGIN;
        Rectangle2D box = new Rectangle2D.Double(Slides.MARGIN, CHART_TOP, w, CHART_HEIGHT);
        Shot shot = steps.onFx(() -> {
            // the chart laid out at the slide's proportions, 2 logical px per point: native charts read it, pictures show it
            VBox node = ChartExport.node(it.kind(), project, report, it.options(), w * 2, CHART_HEIGHT * 2, false);
            ChartAdapter a = (ChartAdapter) node.getProperties().get(ChartExport.ADAPTER);
            List<String> footer = Assumptions.footer(it.kind(), project, report, a.options());
            return NativeChart.supports(it.kind()) && !a.isEmpty() ? new Shot(NativeChart.read(a), null, footer)
                    : new Shot(null, ChartExport.snapshot(node, PICTURE_SCALE), footer);
        });
        if (shot.data() != null) {
            XSLFChart chart = NativeChart.of(ppt, shot.data());
            s.addChart(chart, new Rectangle2D.Double(Units.toEMU(box.getX()), Units.toEMU(box.getY()),
                    Units.toEMU(box.getWidth()), Units.toEMU(box.getHeight())));
        } else {
            byte[] png = ChartImages.pngBytes(shot.picture());
            XSLFPictureData pic = ppt.addPicture(png, PictureData.PictureType.PNG);
            XSLFPictureShape shape = s.createPicture(pic);
            shape.setAnchor(box);
        }
        Slides.footer(s, new ArrayList<>(shot.footer()), CHART_TOP + CHART_HEIGHT + 4);
    }

    private static void assumptionsSlide(XMLSlideShow ppt, Project project, Report report) {
        XSLFSlide s = ppt.createSlide();
        Slides.title(s, "Assumptions");
        List<String> lines = new ArrayList<>();
        for (DeckFacts.Section sec : DeckFacts.assumptions(project, report)) {
            lines.add(sec.title());
            lines.addAll(sec.lines().stream().map(l -> "    " + l).toList());
        }
        var box = Slides.text(s, new Rectangle2D.Double(Slides.MARGIN, 66, Slides.WIDTH - 2 * Slides.MARGIN,
                Slides.HEIGHT - 66 - 16), lines, 11, false, Slides.TEXT);
        box.setTextAutofit(org.apache.poi.sl.usermodel.TextShape.TextAutofit.NORMAL);
        // section titles bold
        for (var p : box.getTextParagraphs()) {
            if (!p.getText().startsWith("    ")) {
                p.getTextRuns().forEach(r -> r.setBold(true));
            }
        }
    }
}
