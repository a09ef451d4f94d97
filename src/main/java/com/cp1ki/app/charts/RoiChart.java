package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;

import java.util.List;
import java.util.Locale;

/**
 * ROI multiple (value / cost) of one workload on every enabled stack, at the mean cost and at
 * the p95 request cost, over the cost model's four bands: unsustainable below 1x, marginal 1-3x,
 * good 3-10x, excellent from 10x. The ROI axis is logarithmic.
 */
public final class RoiChart extends ChartAdapter {

    public static final String MEAN = "ROI at mean cost";
    public static final String P95 = "ROI at p95 request cost";
    private static final double BAND_GUTTER = 130;

    private final ChartTips tips = new ChartTips();
    private final CategoryAxis x = new CategoryAxis();
    private final LogarithmicAxis y = new LogarithmicAxis("ROI (value / cost)");
    private final MarkedScatterChart chart = new MarkedScatterChart(x, y);

    public RoiChart() {
        y.setLabelFormat(v -> ChartFormat.compact(v) + "x");
        init(chart, null);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.ROI;
    }

    @Override
    public MarkedScatterChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        String w = workloadOf(project, options);
        List<StackResult> rs = report.results().stream()
                .filter(r -> r.workload().equals(w) && r.roiMultiple() != null && r.roiMultiple() > 0).toList();
        if (rs.isEmpty()) {
            return nothingToDraw(w == null ? "Add a workload with a value per inference to see its ROI."
                    : "Workload " + w + " has no value per inference (or no enabled stack). Set its value to see its ROI.");
        }
        subject(w);
        x.setLabel(null); // the stacks name themselves; the headline and the title name the workload
        List<String> cats = rs.stream().map(r -> Cp1kiChart.category(r.stack(), rs.size())).toList();
        Cp1kiChart.crowd(x, rs.size());
        Cp1kiChart.categories(x, cats);
        // a left gutter keeps the band names clear of the first points
        x.setStartMargin(BAND_GUTTER);

        double lo = 1;
        double hi = 10;
        XYChart.Series<String, Number> mean = new XYChart.Series<>();
        mean.setName(MEAN);
        XYChart.Series<String, Number> p95 = new XYChart.Series<>();
        p95.setName(P95);
        ChartTable.Builder table = new ChartTable.Builder("Workload", "Stack", "ROI at mean cost (x)", "Band at mean cost",
                "ROI at p95 request cost (x)", "Band at p95 cost", "Cost per inference (USD)", "p95 request cost (USD)",
                "Value per inference (USD)", "Cost-to-value at mean cost", "Cost-to-value at p95 cost",
                "Net value per inference (USD)", "Net value at p95 cost (USD)");
        for (int i = 0; i < rs.size(); i++) {
            StackResult r = rs.get(i);
            mean.getData().add(new XYChart.Data<>(cats.get(i), r.roiMultiple()));
            lo = Math.min(lo, r.roiMultiple());
            hi = Math.max(hi, r.roiMultiple());
            Double m95 = r.roiMultipleP95();
            if (m95 != null && m95 > 0) {
                p95.getData().add(new XYChart.Data<>(cats.get(i), m95));
                lo = Math.min(lo, m95);
                hi = Math.max(hi, m95);
            }
            table.row(r.workload(), r.stack(), r.roiMultiple(), band(r.roiBand()), m95, band(r.roiBandP95()),
                    r.costPerInference(), r.cost().p95(), r.valuePerInference(), r.costToValue(), r.costToValueP95(),
                    r.netValuePerInference(), r.netValueP95());
        }
        double lower = Math.min(0.1, Math.pow(10, Math.floor(Math.log10(lo) - 0.3)));
        double upper = Math.max(100, Math.pow(10, Math.ceil(Math.log10(hi) + 0.3)));
        y.setAutoRanging(false);
        y.setLowerBound(lower);
        y.setUpperBound(upper);
        chart.getData().setAll(List.of(mean, p95));

        chart.marks().clear();
        chart.marks().band(lower, 1, "unsustainable < 1x", "roi-unsustainable");
        chart.marks().band(1, 3, "marginal 1-3x", "roi-marginal");
        chart.marks().band(3, 10, "good 3-10x", "roi-good");
        chart.marks().band(10, upper, "excellent >= 10x", "roi-excellent");
        for (int i = 0; i < rs.size(); i++) {
            chart.marks().text(cats.get(i), rs.get(i).roiMultiple(), ChartFormat.multiple(rs.get(i).roiMultiple()),
                    "roi-value", 13);
        }
        decorate(mean, rs, false);
        decorate(p95, rs.stream().filter(r -> r.roiMultipleP95() != null && r.roiMultipleP95() > 0).toList(), true);
        return table.build();
    }

    private static String band(RoiBand b) {
        return b == null ? "" : b.label();
    }

    private void decorate(XYChart.Series<String, Number> s, List<StackResult> rs, boolean atP95) {
        for (int i = 0; i < s.getData().size(); i++) {
            XYChart.Data<String, Number> d = s.getData().get(i);
            StackResult r = rs.get(i);
            if (d.getNode() == null) {
                continue;
            }
            tips.attach(d.getNode(), tip(r, d.getYValue().doubleValue(), atP95));
            d.getNode().setOnMouseClicked(e -> select(Selection.ofResult(r.workload(), r.stack(),
                    (x, settings) -> selection(x, atP95, settings))));
        }
    }

    private static String tip(StackResult r, double m, boolean atP95) {
        String what = atP95 ? "at the p95 request cost" : "at the mean cost";
        return r.stack() + " serving " + r.workload() + ": ROI " + ChartFormat.multiple(m) + " " + what
                + " (" + RoiBand.of(m).label() + ")";
    }

    /** What clicking a result's ROI point shows (at the mean or the p95 cost); null when it has no ROI. */
    static Selection selection(StackResult r, boolean atP95, Settings settings) {
        Double m = atP95 ? r.roiMultipleP95() : r.roiMultiple();
        if (m == null || !(m > 0)) {
            return null;
        }
        List<String> facts = r.valuePerInference() == null ? List.of(tip(r, m, atP95)) : List.of(tip(r, m, atP95),
                "Cost-to-value " + ChartFormat.percent(atP95 ? r.costToValueP95() : r.costToValue()) + " of the value; net value "
                        + ChartFormat.money(settings.toDisplay(atP95 ? r.netValueP95() : r.netValuePerInference()),
                        settings.currency()) + " per inference (value " + ChartFormat.money(settings.toDisplay(r.valuePerInference()),
                        settings.currency()) + ")");
        return Selection.serving("ROI of " + r.stack(), r.workload(), facts, roiExplanations(r));
    }

    /** The ROI lines of a result's explanations, with cost-to-value and net value (all of them when none mentions ROI). */
    static List<Explanation> roiExplanations(StackResult r) {
        List<Explanation> roi = r.explanations().stream().filter(x -> {
            String q = x.quantity().toLowerCase(Locale.ROOT);
            return q.contains("roi") || q.contains("cost-to-value") || q.contains("net value");
        }).toList();
        return roi.isEmpty() ? r.explanations() : roi;
    }
}
