package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * CP1Ki by stack for one workload: one bar per enabled stack, stacked by cost component
 * (component's monthly cost / monthly inferences x 1000), the total (the engine's CP1Ki) above it.
 */
public final class Cp1kiChart extends ChartAdapter {

    /** The components in stacking order, with how each is read from a breakdown. */
    public record Component(String name, ToDoubleFunction<Breakdown> monthly) {
    }

    public static final List<Component> COMPONENTS = List.of(
            new Component("Tokens", Breakdown::tokens),
            new Component("GPU", Breakdown::gpu),
            new Component("Fixed infrastructure", Breakdown::fixed),
            new Component("Ops", Breakdown::ops),
            new Component("Extras", Breakdown::extras));

    private final ChartTips tips = new ChartTips();
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedStackedBarChart chart = new MarkedStackedBarChart(x, y);

    public Cp1kiChart() {
        chart.setCategoryGap(40);
        chart.setLegendVisible(true);
        // the five components in a column beside the bars, so the bars keep the window's height, unless the
        // stacks' names need that width to stand apart
        chart.widthProperty().addListener((o, was, now) -> placeLegend());
        x.tickLabelFontProperty().addListener((o, was, now) -> placeLegend()); // "crowded" makes it smaller
        init(chart, null);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.CP1KI;
    }

    @Override
    public MarkedStackedBarChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        String w = workloadOf(project, options);
        List<StackResult> results = report.results().stream().filter(r -> r.workload().equals(w)).toList();
        if (w == null || results.isEmpty()) {
            return nothingToDraw(w == null ? "Add a workload to see its CP1Ki by stack."
                    : "No enabled stack serves " + w + ". Switch a stack on to see its CP1Ki.");
        }
        subject(w);
        Settings s = project.settings();
        String cur = s.currency();
        y.setLabel("CP1Ki (" + cur + ")"); // short: the plot can be 200 px tall in the window
        x.setLabel(null); // the stacks name themselves; the headline and the title name the workload
        int n = results.size();
        List<String> stacks = results.stream().map(r -> category(r.stack(), n)).toList();
        crowd(x, n);
        categories(x, stacks);
        placeLegend();

        ChartTable.Builder table = new ChartTable.Builder(header(cur));
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (Component c : COMPONENTS) {
            XYChart.Series<String, Number> ser = new XYChart.Series<>();
            ser.setName(c.name());
            for (StackResult r : results) {
                ser.getData().add(new XYChart.Data<>(category(r.stack(), n), perThousand(s, r, c)));
            }
            series.add(ser);
        }
        chart.getData().setAll(series);

        double max = 0;
        chart.marks().clear();
        for (StackResult r : results) {
            double total = s.toDisplay(r.cp1ki());
            max = Math.max(max, total);
            chart.marks().text(category(r.stack(), n), total, ChartFormat.money(total, cur), "cp1ki-total");
            List<Object> row = new ArrayList<>(List.of(w, r.stack()));
            for (Component c : COMPONENTS) {
                row.add(perThousand(s, r, c));
            }
            row.add(total);
            table.row(row.toArray());
        }
        NiceRange.of(0, max, 0.12, 6).applyTo(y);
        decorate(series, results, s);
        return table.build();
    }

    /** Least width (px) a stack's name needs on the axis, in tick-label font sizes, when the legend is beside the bars. */
    private static final double CATEGORY_EMS = 10;

    /** The legend beside the bars when every stack keeps room for its name there, below them otherwise. */
    private void placeLegend() {
        int n = Math.max(1, x.getCategories().size());
        double legend = 12 * x.getTickLabelFont().getSize();
        boolean beside = chart.getWidth() <= 0 || (chart.getWidth() - legend) / n >= CATEGORY_EMS * x.getTickLabelFont().getSize();
        javafx.geometry.Side side = beside ? javafx.geometry.Side.RIGHT : javafx.geometry.Side.BOTTOM;
        if (chart.getLegendSide() != side) {
            chart.setLegendSide(side);
        }
    }

    /** Up to this many stacks, names wrap at {@link #WIDE} characters a line; more wrap at {@link #NARROW}. */
    static final int ROOMY = 4;
    static final int WIDE = 14;
    static final int NARROW = 9;

    /** The category label of a stack name when the axis shows at most {@value #ROOMY} stacks. */
    public static String category(String stack) {
        return category(stack, ROOMY);
    }

    /**
     * The category label of a stack name on an axis of {@code stacks} stacks: short lines, so a
     * narrow window never makes the axis hide every other label (a category axis drops a label that
     * would overlap its neighbour, and rotating them would squash the plot, which can be 200 px tall).
     * More than {@value #ROOMY} stacks wrap narrower (and {@link #crowd} sets a smaller font).
     */
    public static String category(String stack, int stacks) {
        return ChartFormat.wrap(stack, stacks > ROOMY ? NARROW : WIDE);
    }

    /**
     * Sets the categories of a fixed category axis so that its tick labels follow them. The axis's
     * own list is changed in place: JavaFX redraws the tick labels when that list changes, but not
     * when {@code setCategories} hands it a new list of the same length (the old names stayed drawn,
     * and a new or renamed stack's bar had no name under it).
     */
    public static void categories(CategoryAxis axis, List<String> categories) {
        if (axis.isAutoRanging()) {
            axis.setCategories(FXCollections.observableArrayList()); // fixed from now on
        }
        if (!axis.getCategories().equals(categories)) {
            axis.getCategories().setAll(categories);
        }
    }

    /** Marks a category axis of {@code stacks} stacks as crowded (smaller tick labels, see charts.css) or not. */
    public static void crowd(CategoryAxis axis, int stacks) {
        axis.getStyleClass().remove("crowded");
        if (stacks > ROOMY) {
            axis.getStyleClass().add("crowded");
        }
    }

    private static String[] header(String cur) {
        List<String> h = new ArrayList<>(List.of("Workload", "Stack"));
        for (Component c : COMPONENTS) {
            h.add(c.name() + " (" + cur + " per 1,000 inferences)");
        }
        h.add("CP1Ki (" + cur + " per 1,000 inferences)");
        return h.toArray(String[]::new);
    }

    /** A component's share of CP1Ki, in display currency. */
    static double perThousand(Settings s, StackResult r, Component c) {
        double monthly = c.monthly().applyAsDouble(r.monthly());
        return r.monthlyInferences() > 0 ? s.toDisplay(monthly / r.monthlyInferences() * 1000) : 0;
    }

    private void decorate(List<XYChart.Series<String, Number>> series, List<StackResult> results, Settings settings) {
        String cur = settings.currency();
        for (int i = 0; i < series.size(); i++) {
            String component = COMPONENTS.get(i).name();
            for (int j = 0; j < results.size(); j++) {
                XYChart.Data<String, Number> d = series.get(i).getData().get(j);
                StackResult r = results.get(j);
                if (d.getNode() == null) {
                    continue;
                }
                tips.attach(d.getNode(), r.stack() + ", " + component + ": "
                        + ChartFormat.money(d.getYValue().doubleValue(), cur) + " per 1,000 inferences");
                d.getNode().setOnMouseClicked(e -> select(source(r)));
            }
        }
    }

    /** The CP1Ki explanation of this result's workload and stack, in this report and every later one. */
    static Selection.Source source(StackResult r) {
        return Selection.ofResult(r.workload(), r.stack(), Cp1kiChart::selection);
    }

    /**
     * What clicking this result's bar shows: its CP1Ki and monthly cost in the display currency
     * (and USD, in which the engine's formulas below compute), with the engine's explanations.
     */
    static Selection selection(StackResult r, Settings s) {
        List<String> facts = new java.util.ArrayList<>(List.of("CP1Ki " + inBoth(r.cp1ki(), s),
                "Monthly cost " + inBoth(r.monthlyCost(), s) + " over " + ChartFormat.count(r.monthlyInferences())
                        + " inferences a month"));
        if (!"USD".equals(s.currency())) {
            facts.add("The formulas below compute in USD; " + s.currency() + " at the project's FX rate.");
        }
        return Selection.serving("CP1Ki of " + r.stack(), r.workload(), facts, r.explanations());
    }

    private static String inBoth(double usd, Settings s) {
        String display = ChartFormat.money(s.toDisplay(usd), s.currency());
        return "USD".equals(s.currency()) ? display : display + " (" + ChartFormat.money(usd, "USD") + ")";
    }
}
