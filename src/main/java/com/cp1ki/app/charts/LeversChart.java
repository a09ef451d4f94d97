package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimisation levers of one stack serving one workload as a waterfall: the stack as it is,
 * one floating bar per lever (its saving, labelled in money and % of the cost without levers), and
 * the result with every lever. CP1Ki or monthly cost, both the engine's ({@code StackResult.levers()})
 * in the display currency. Clicking a bar explains that step with its formulas and inputs.
 */
public final class LeversChart extends ChartAdapter {
    /** The measures the chart can draw. */
    public static final String CP1KI = "CP1Ki";
    public static final String MONTHLY = "Monthly cost";
    static final String START = "As it is";
    static final String END = "With levers";

    private final ChartTips tips = new ChartTips();
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedStackedBarChart chart = new MarkedStackedBarChart(x, y);
    private final ComboBox<String> stackPicker = new ComboBox<>();
    private final ComboBox<String> measure = new ComboBox<>(FXCollections.observableArrayList(CP1KI, MONTHLY));
    private boolean updating;

    public LeversChart() {
        chart.setLegendVisible(false);
        chart.setCategoryGap(24);
        chart.getStyleClass().add("waterfall");
        stackPicker.setId("leversStack");
        stackPicker.setTooltip(new Tooltip("The stack whose optimisation levers the waterfall shows"));
        stackPicker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !now.equals(options().stack())) {
                reshow(options().withStack(now));
            }
        });
        measure.setId("leversMeasure");
        measure.setValue(CP1KI);
        measure.setTooltip(new Tooltip("Draw the waterfall in cost per 1,000 inferences or in monthly cost"));
        measure.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                reshow(options());
            }
        });
        Label l = new Label("Stack:");
        l.setLabelFor(stackPicker);
        Label m = new Label("Show:");
        m.setLabelFor(measure);
        // the labels keep their words; the pickers give way in a narrow window
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        m.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stackPicker.setMinWidth(80);
        HBox controls = new HBox(8, l, stackPicker, m, measure);
        controls.setPadding(new Insets(4, 8, 4, 8));
        controls.getStyleClass().add("chart-controls");
        init(chart, controls);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.LEVERS;
    }

    @Override
    public MarkedStackedBarChart chart() {
        return chart;
    }

    /** Shows CP1Ki ({@link #CP1KI}) or monthly cost ({@link #MONTHLY}). */
    public void measure(String m) {
        measure.setValue(m);
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        String w = workloadOf(project, options);
        List<StackResult> rs = report.results().stream().filter(r -> r.workload().equals(w)).toList();
        updating = true;
        stackPicker.setItems(FXCollections.observableArrayList(rs.stream().map(StackResult::stack).toList()));
        StackResult r = rs.stream().filter(x -> x.stack().equals(options.stack())).findFirst()
                .orElse(rs.stream().filter(x -> x.levers().any()).findFirst().orElse(rs.isEmpty() ? null : rs.get(0)));
        stackPicker.setValue(r == null ? null : r.stack());
        updating = false;
        chart.marks().clear();
        if (r == null) {
            chart.setTitle(null);
            return nothingToDraw(w == null ? "Add a workload and a stack to see what optimisation levers save."
                    : "No enabled stack serves " + options.shown(w) + ". Switch a stack on to see its levers.");
        }
        subject(r.stack() + " serving " + w);
        LeverResult l = r.levers();
        if (!l.any()) {
            chart.setTitle(null);
            return nothingToDraw("No optimisation lever is on for " + r.stack() + " serving " + options.shown(w) + ". Set prompt"
                    + " compression, a semantic cache, a cascade or batching under \"Optimisation levers\" in the"
                    + " stack editor (a managed API's batch share counts as its batching) to see what each saves.");
        }
        boolean monthly = MONTHLY.equals(measure.getValue());
        Settings s = project.settings();
        String cur = s.currency();
        y.setLabel((monthly ? "Monthly cost" : "CP1Ki") + " (" + cur + ")");
        x.setLabel(r.stack() + " serving " + w);
        chart.setTitle("Levers save " + ChartFormat.money(s.toDisplay(l.totalSaving()), cur) + " a month ("
                + ChartFormat.percent(l.totalSavingShare()) + "): CP1Ki " + ChartFormat.money(s.toDisplay(l.cp1kiWithout()), cur)
                + " to " + ChartFormat.money(s.toDisplay(r.cp1ki()), cur));
        List<String> cats = new ArrayList<>();
        cats.add(START);
        for (LeverStep st : l.steps()) {
            cats.add(category(st));
        }
        cats.add(END);
        Cp1kiChart.crowd(x, cats.size());
        Cp1kiChart.categories(x, cats);
        XYChart.Series<String, Number> base = new XYChart.Series<>();
        base.setName("base");
        XYChart.Series<String, Number> bar = new XYChart.Series<>();
        bar.setName(monthly ? "monthly cost" : "CP1Ki");
        ChartTable.Builder table = new ChartTable.Builder("Workload", "Stack", "Step", "CP1Ki after (" + cur + ")",
                "Monthly after (" + cur + ")", "Saving (" + cur + "/month)", "Saving (% of cost without levers)",
                "Instances after");
        double before = value(monthly, l.monthlyWithout(), l.cp1kiWithout(), s);
        double max = before;
        add(base, bar, START, 0, before);
        label(START, before, ChartFormat.money(before, cur));
        table.row(w, r.stack(), "without levers", s.toDisplay(l.cp1kiWithout()), s.toDisplay(l.monthlyWithout()), null,
                null, l.instancesWithout() == null ? null : (double) l.instancesWithout());
        for (LeverStep st : l.steps()) {
            double after = value(monthly, st.monthlyAfter(), st.cp1kiAfter(), s);
            add(base, bar, category(st), Math.min(before, after), Math.abs(before - after));
            double saving = s.toDisplay(monthly ? st.saving() : st.savingCp1ki());
            // two short lines, so a label is no wider than its bar in a narrow window
            label(category(st), Math.max(before, after), (saving >= 0 ? "−" : "+") + ChartFormat.money(Math.abs(saving), cur)
                    + "\n(" + ChartFormat.percent(Math.abs(st.savingShare())) + ")");
            table.row(w, r.stack(), st.label(), s.toDisplay(st.cp1kiAfter()), s.toDisplay(st.monthlyAfter()),
                    s.toDisplay(st.saving()), st.savingShare(), st.instancesAfter() == null ? null : (double) st.instancesAfter());
            before = after;
            max = Math.max(max, after);
        }
        double result = value(monthly, r.monthlyCost(), r.cp1ki(), s);
        add(base, bar, END, 0, result);
        label(END, result, ChartFormat.money(result, cur));
        chart.getData().setAll(List.of(base, bar));
        // room above the tallest bar for its two-line label, so a label is never pushed down onto its bar
        NiceRange.of(0, max, 0.35, 6).applyTo(y);
        decorate(base, bar, r, l, monthly, s);
        return table.build();
    }

    /**
     * The x category of a step: its label (the lever and its setting) in short lines, so six bars fit
     * a narrow window without the axis rotating its labels and squashing the plot.
     */
    static String category(LeverStep st) {
        return Cp1kiChart.category(st.label(), 6);
    }

    private static double value(boolean monthly, double month, double cp1ki, Settings s) {
        return s.toDisplay(monthly ? month : cp1ki);
    }

    private static void add(XYChart.Series<String, Number> base, XYChart.Series<String, Number> bar, String cat,
                            double from, double height) {
        base.getData().add(new XYChart.Data<>(cat, from));
        bar.getData().add(new XYChart.Data<>(cat, height));
    }

    private void label(String cat, double top, String text) {
        chart.marks().text(cat, top, text, "waterfall-label");
    }

    private void decorate(XYChart.Series<String, Number> base, XYChart.Series<String, Number> bar, StackResult r,
                          LeverResult l, boolean monthly, Settings s) {
        String cur = s.currency();
        for (XYChart.Data<String, Number> d : base.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("waterfall-base");
                d.getNode().setMouseTransparent(true);
            }
        }
        int n = bar.getData().size();
        for (int i = 0; i < n; i++) {
            XYChart.Data<String, Number> d = bar.getData().get(i);
            if (d.getNode() == null) {
                continue;
            }
            String workload = r.workload();
            String stack = r.stack();
            if (i == 0 || i == n - 1) {
                d.getNode().getStyleClass().add("waterfall-total");
                boolean start = i == 0;
                tips.attach(d.getNode(), (start ? "Without levers: " : "With every lever: ") + ChartFormat.money(
                        d.getYValue().doubleValue(), cur) + (monthly ? " a month" : " per 1,000 inferences"));
                d.getNode().setOnMouseClicked(e -> select(Selection.ofResult(workload, stack,
                        start ? LeversChart::without : LeversChart::with)));
                continue;
            }
            LeverStep st = l.steps().get(i - 1);
            d.getNode().getStyleClass().add(st.saving() >= 0 ? "waterfall-saving" : "waterfall-increase");
            tips.attach(d.getNode(), st.label() + ": saves " + ChartFormat.money(s.toDisplay(st.saving()), cur)
                    + " a month (" + ChartFormat.percent(st.savingShare()) + ")");
            String lever = st.lever();
            d.getNode().setOnMouseClicked(e -> select(Selection.ofResult(workload, stack,
                    (x, set) -> step(x, lever, set))));
        }
    }

    /** What clicking a step shows: its formulas with the inputs plugged in; null when the lever is gone. */
    static Selection step(StackResult r, String lever, Settings s) {
        LeverStep st = r.levers().steps().stream().filter(x -> x.lever().equals(lever)).findFirst().orElse(null);
        if (st == null) {
            return null;
        }
        String cur = s.currency();
        List<String> facts = new ArrayList<>(List.of(
                "Saves " + ChartFormat.money(s.toDisplay(st.saving()), cur) + " a month ("
                        + ChartFormat.percent(st.savingShare()) + " of the cost without levers), "
                        + ChartFormat.money(s.toDisplay(st.savingCp1ki()), cur) + " per 1,000 inferences",
                "After it: CP1Ki " + ChartFormat.money(s.toDisplay(st.cp1kiAfter()), cur) + ", "
                        + ChartFormat.money(s.toDisplay(st.monthlyAfter()), cur) + " a month"
                        + (st.instancesAfter() == null ? "" : ", " + st.instancesAfter() + " instance(s)")));
        facts.addAll(r.levers().notes().stream().filter(n -> "cache".equals(lever)).toList());
        if (!"USD".equals(cur)) {
            facts.add("The formulas below compute in USD; " + cur + " at the project's FX rate.");
        }
        return Selection.serving(st.label(), r.workload() + " on " + r.stack(), facts, st.explanations());
    }

    static Selection without(StackResult r, Settings s) {
        if (!r.levers().any()) {
            return null;
        }
        LeverResult l = r.levers();
        return Selection.serving(r.stack() + " without levers", r.workload(), List.of("CP1Ki "
                + ChartFormat.money(s.toDisplay(l.cp1kiWithout()), s.currency()) + ", "
                + ChartFormat.money(s.toDisplay(l.monthlyWithout()), s.currency()) + " a month"), l.explanations());
    }

    static Selection with(StackResult r, Settings s) {
        if (!r.levers().any()) {
            return null;
        }
        return Selection.serving(r.stack() + " with its levers", r.workload(), List.of("CP1Ki "
                + ChartFormat.money(s.toDisplay(r.cp1ki()), s.currency()) + ", "
                + ChartFormat.money(s.toDisplay(r.monthlyCost()), s.currency()) + " a month; saves "
                + ChartFormat.money(s.toDisplay(r.levers().totalSaving()), s.currency()) + " ("
                + ChartFormat.percent(r.levers().totalSavingShare()) + ")"), r.explanations().stream()
                .filter(e -> !e.quantity().contains("without levers") && !e.quantity().contains(" after ")
                        && !e.quantity().startsWith("saving of")).toList());
    }
}
