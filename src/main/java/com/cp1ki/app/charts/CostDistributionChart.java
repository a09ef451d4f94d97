package com.cp1ki.app.charts;

import com.cp1ki.engine.CostHistogram;
import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.Locale;

/**
 * The per-request cost histogram of one workload on one stack (the engine's {@link CostHistogram},
 * log-spaced bins), with the report's p50, p95 and p99 request costs marked and its tail share (the
 * share of spend from the dearest 5% of requests) in the title.
 */
public final class CostDistributionChart extends ChartAdapter {

    /** Bins asked of the engine. */
    public static final int BINS = 40;

    private final LogarithmicAxis x = new LogarithmicAxis("Cost per request");
    private final NumberAxis y = new NumberAxis();
    private final MarkedAreaChart chart = new MarkedAreaChart(x, y);
    private final ComboBox<String> stackPicker = new ComboBox<>();
    private boolean updatingPicker;

    public CostDistributionChart() {
        chart.setLegendVisible(false);
        stackPicker.setId("costDistributionStack");
        stackPicker.setTooltip(new Tooltip("The stack whose per-request costs the histogram shows"));
        stackPicker.valueProperty().addListener((o, was, now) -> {
            if (!updatingPicker && now != null && !now.equals(options().stack())) {
                reshow(options().withStack(now));
            }
        });
        Label l = new Label("Stack:");
        l.setLabelFor(stackPicker);
        HBox controls = new HBox(8, l, stackPicker);
        controls.setPadding(new Insets(4, 8, 4, 8));
        controls.getStyleClass().add("chart-controls");
        init(chart, controls);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.COST_DISTRIBUTION;
    }

    @Override
    public MarkedAreaChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        String w = workloadOf(project, options);
        List<StackResult> rs = report.results().stream().filter(r -> r.workload().equals(w)).toList();
        updatingPicker = true;
        stackPicker.setItems(FXCollections.observableArrayList(rs.stream().map(StackResult::stack).toList()));
        StackResult r = rs.stream().filter(x -> x.stack().equals(options.stack())).findFirst()
                .orElse(rs.isEmpty() ? null : rs.get(0));
        stackPicker.setValue(r == null ? null : r.stack());
        updatingPicker = false;
        if (r == null) {
            chart.setTitle(null);
            return nothingToDraw(w == null ? "Add a workload to see what its requests cost."
                    : "No enabled stack serves " + w + ". Switch a stack on to see its request costs.");
        }
        subject(r.stack() + " serving " + w);
        Settings s = project.settings();
        String cur = s.currency();
        CostHistogram h = CostHistogram.of(project, r.workload(), r.stack(), BINS);
        x.setLabel("Cost per request (" + cur + ")");
        x.setLabelFormat(v -> ChartFormat.moneyCompact(v, cur));
        y.setLabel("Share of requests (%)");
        boolean flat = h.bins().size() == 1;
        // short enough for the window at 1280 x 720: a flat distribution has no tail to report
        chart.setTitle(flat ? "Typed token means: every request costs the same"
                : "Dearest 5% of requests: " + ChartFormat.percent(r.tailShare()) + " of spend; p95/p50 "
                + (Double.isNaN(r.p95OverP50()) ? "n/a" : String.format(Locale.ROOT, "%.2f", r.p95OverP50())));

        ChartTable.Builder table = new ChartTable.Builder("Workload", "Stack", "Point", "From (" + cur + " per request)",
                "To (" + cur + " per request)", "Share (of requests; of spend for the tail)");
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(r.stack());
        double top = 0;
        for (CostHistogram.Bin b : h.bins()) {
            double from = s.toDisplay(b.from());
            double to = s.toDisplay(b.to());
            table.row(w, r.stack(), "bin", from, to, b.share());
            if (to == from) {
                // every request costs the same: draw the one bin as a thin bar (1% either side) so it shows
                from = from / 1.01;
                to = to * 1.01;
            }
            if (!(from > 0)) {
                continue;
            }
            if (series.getData().isEmpty()) {
                series.getData().add(new XYChart.Data<>(from, 0));
            }
            series.getData().add(new XYChart.Data<>(from, 100 * b.share()));
            series.getData().add(new XYChart.Data<>(to, 100 * b.share()));
            top = Math.max(top, 100 * b.share());
        }
        if (!series.getData().isEmpty()) {
            series.getData().add(new XYChart.Data<>(series.getData().get(series.getData().size() - 1).getXValue(), 0));
        }
        NiceRange yr = NiceRange.of(0, top, 0.25, 5);
        (yr.upper() > 100 ? new NiceRange(0, 100, 20) : yr).applyTo(y);
        chart.getData().setAll(List.of(series));
        mark(r, s, table);
        return table.build();
    }

    private void mark(StackResult r, Settings s, ChartTable.Builder table) {
        String cur = s.currency();
        Summary c = r.cost();
        chart.marks().clear();
        String[] names = {"p50", "p95", "p99"};
        double[] values = {c.p50(), c.p95(), c.p99()};
        for (int i = 0; i < names.length; i++) {
            double v = s.toDisplay(values[i]);
            chart.marks().vline(v, names[i] + " " + ChartFormat.money(v, cur), "percentile " + names[i]);
            table.row(r.workload(), r.stack(), names[i], v, v, null);
        }
        table.row(r.workload(), r.stack(), "tail share (dearest 5% of requests)", null, null, r.tailShare());
        chart.setOnMouseClicked(e -> select(Selection.ofResult(r.workload(), r.stack(), CostDistributionChart::why)));
    }

    /** What clicking the histogram shows: the request-cost percentiles and tail share of a result. */
    static Selection why(StackResult r, Settings s) {
        String cur = s.currency();
        Summary c = r.cost();
        return Selection.serving("Request costs of " + r.stack(), r.workload(), List.of(
                "p50 " + ChartFormat.money(s.toDisplay(c.p50()), cur) + ", p95 " + ChartFormat.money(s.toDisplay(c.p95()), cur)
                        + ", p99 " + ChartFormat.money(s.toDisplay(c.p99()), cur) + " per request",
                "The dearest 5% of requests carry " + ChartFormat.percent(r.tailShare()) + " of the spend",
                c.exact() ? "Percentiles are exact (nearest rank)" : "Percentiles come from log bins, within 1%"),
                r.explanations());
    }
}
