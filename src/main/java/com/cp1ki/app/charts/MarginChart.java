package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Margin per user against monthly usage for one plan (the engine's {@link PlanResult#curve}), with
 * the usage distribution behind it in a strip below on the same usage axis; the break-even usage,
 * the median user and the power user marked, the power-user wipe-out written out.
 */
public final class MarginChart extends ChartAdapter {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(x, y);
    private final NumberAxis dx = new NumberAxis();
    private final NumberAxis dy = new NumberAxis();
    private final MarkedAreaChart density = new MarkedAreaChart(dx, dy);
    private final ComboBox<String> planPicker = new ComboBox<>();
    /** What the plan charges and which stack serves it, beside the picker (the plot keeps the height). */
    private final Label terms = new Label();
    private boolean updatingPicker;

    public MarginChart() {
        density.setId("marginDensityChart");
        density.setLegendVisible(false);
        chart.setLegendVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox body = new VBox(chart, density) {
            @Override
            protected void layoutChildren() {
                alignAxes();
                super.layoutChildren();
            }
        };
        // the usage strip takes two fifths of the height, at least room for its axis and a readable strip; its
        // usage axis is the one both charts share
        var strip = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(150, body.getHeight() * 0.4), body.heightProperty());
        density.prefHeightProperty().bind(strip);
        density.minHeightProperty().bind(strip);
        chart.setMinHeight(0);
        x.setTickLabelsVisible(false);
        planPicker.setId("marginPlan");
        planPicker.setTooltip(new Tooltip("The plan whose margins the chart shows"));
        planPicker.valueProperty().addListener((o, was, now) -> {
            if (!updatingPicker && now != null && !now.equals(options().plan())) {
                reshow(options().withPlan(now));
            }
        });
        Label l = new Label("Plan:");
        l.setLabelFor(planPicker);
        terms.setId("marginTerms");
        terms.getStyleClass().add("chart-terms");
        terms.setWrapText(true);
        terms.setMinWidth(0);
        l.setMinWidth(Region.USE_PREF_SIZE);
        planPicker.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, l, planPicker, terms);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 8, 4, 8));
        controls.getStyleClass().add("chart-controls");
        init(body, controls);
    }

    /**
     * The same y-axis width in both charts, so their usage axes line up: the wider of the two
     * axes' own widths, so an export's large font or long tick labels ("-2,500") widen both rather
     * than run the axis title into the tick labels.
     */
    private void alignAxes() {
        double w = Math.max(natural(y), natural(dy));
        if (y.getPrefWidth() != w || dy.getPrefWidth() != w) {
            for (NumberAxis a : new NumberAxis[]{y, dy}) {
                a.setMinWidth(w);
                a.setPrefWidth(w);
                a.setMaxWidth(w);
            }
        }
    }

    /** The width an axis asks for by itself (its tick labels, tick marks and title). */
    private static double natural(NumberAxis a) {
        double min = a.getMinWidth();
        double pref = a.getPrefWidth();
        double max = a.getMaxWidth();
        a.setMinWidth(USE_COMPUTED_SIZE_VALUE);
        a.setPrefWidth(USE_COMPUTED_SIZE_VALUE);
        a.setMaxWidth(USE_COMPUTED_SIZE_VALUE);
        double w = a.prefWidth(-1);
        a.setMinWidth(min);
        a.setPrefWidth(pref);
        a.setMaxWidth(max);
        return Math.ceil(w);
    }

    private static final double USE_COMPUTED_SIZE_VALUE = javafx.scene.layout.Region.USE_COMPUTED_SIZE;

    @Override
    public ChartKind kind() {
        return ChartKind.MARGIN;
    }

    @Override
    public MarkedLineChart chart() {
        return chart;
    }

    public MarkedAreaChart densityChart() {
        return density;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        List<PlanResult> plans = report.plans();
        updatingPicker = true;
        planPicker.setItems(FXCollections.observableArrayList(plans.stream().map(PlanResult::plan).toList()));
        PlanResult p = plans.stream().filter(x -> x.plan().equals(options.plan())).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(0));
        planPicker.setValue(p == null ? null : p.plan());
        updatingPicker = false;
        if (p == null || p.curve().isEmpty()) {
            density.getData().clear();
            return nothingToDraw(p == null ? "No plans yet. Add a plan to see its margin per user."
                    : "Plan " + p.plan() + " has no usage curve to draw.");
        }
        subject("plan " + p.plan());
        Settings s = project.settings();
        String cur = s.currency();
        x.setLabel(null);
        y.setLabel("Margin per user"); // the ticks carry the currency: short enough for a 120 px plot
        y.setTickLabelFormatter(ChartFormat.axisLabels(v -> ChartFormat.moneyCompact(v, cur)));
        terms.setText(ChartFormat.money(s.toDisplay(p.priceUsd()), cur) + " a user a month, on " + p.stack());
        dx.setLabel("Monthly usage (inferences per user)");
        dy.setLabel("Users");
        dy.setTickLabelsVisible(false);

        XYChart.Series<Number, Number> margin = new XYChart.Series<>();
        margin.setName("Margin per user");
        XYChart.Series<Number, Number> users = new XYChart.Series<>();
        users.setName("Users");
        ChartTable.Builder table = new ChartTable.Builder("Plan", "Point", "Usage (inferences/user/month)",
                "Margin per user (" + cur + "/month)", "Users (density per inference)");
        double maxUsage = 0;
        double minM = 0;
        double maxM = 0;
        double maxD = 0;
        for (PlanResult.UsagePoint u : p.curve()) {
            double m = s.toDisplay(u.margin());
            margin.getData().add(new XYChart.Data<>(u.usage(), m));
            users.getData().add(new XYChart.Data<>(u.usage(), u.density() * 1000 * 100));
            maxUsage = Math.max(maxUsage, u.usage());
            minM = Math.min(minM, m);
            maxM = Math.max(maxM, m);
            maxD = Math.max(maxD, u.density() * 1000 * 100);
            table.row(p.plan(), "curve", u.usage(), m, u.density());
        }
        NiceRange xr = NiceRange.of(0, Math.max(maxUsage, p.powerUserUsage()), 0, 8);
        xr.applyTo(x);
        xr.applyTo(dx);
        NiceRange.of(minM, maxM, 0.1, 6).applyTo(y);
        NiceRange.of(0, maxD, 0.1, 3).applyTo(dy);
        x.setTickLabelFormatter(counts());
        dx.setTickLabelFormatter(counts());
        chart.getData().setAll(List.of(margin));
        density.getData().setAll(List.of(users));
        mark(p, s, table);
        return table.build();
    }

    private void mark(PlanResult p, Settings s, ChartTable.Builder table) {
        String cur = s.currency();
        chart.marks().clear();
        density.marks().clear();
        chart.marks().hline(0, null, "zero-line");
        String plan = p.plan();
        Runnable why = () -> select((project, report) -> report.plans().stream().filter(x -> x.plan().equals(plan))
                .findFirst().map(x -> new Selection("Margins of plan " + x.plan(), facts(x, project.settings()),
                        x.explanations())).orElse(null));
        if (p.breakEvenUsage() != null) {
            double b = p.breakEvenUsage();
            chart.marks().point(b, 0, "break-even: " + ChartFormat.count(b) + " inferences",
                    "Above " + ChartFormat.count(b) + " inferences a month a user costs more than they pay",
                    "break-even", why);
            density.marks().vline(b, null, "break-even");
            table.row(p.plan(), "break-even", b, 0.0, null);
        }
        double med = s.toDisplay(p.marginAtMedian());
        chart.marks().point(p.medianUsage(), med, "median user: " + ChartFormat.count(p.medianUsage())
                        + " inferences, " + ChartFormat.money(med, cur),
                "The median user's margin", "median", why);
        table.row(p.plan(), "median user", p.medianUsage(), med, null);
        double mp = s.toDisplay(p.marginAtPowerUser());
        chart.marks().point(p.powerUserUsage(), mp, wipeout(p), "Margin of the power user: "
                + ChartFormat.money(mp, cur) + "/month", "power-user", why);
        density.marks().vline(p.powerUserUsage(), null, "power-user");
        table.row(p.plan(), "power user", p.powerUserUsage(), mp, null);
    }

    /** "1 power user at 12,000 inferences wipes out the margin of 23 median users". */
    static String wipeout(PlanResult p) {
        String at = "1 power user at " + ChartFormat.count(p.powerUserUsage()) + " inferences";
        Double k = p.powerUserWipeout();
        if (k == null) {
            return at + "; the median user already loses money";
        }
        if (p.marginAtPowerUser() >= 0) {
            return at + " still leaves a margin";
        }
        String n = k >= 10 ? String.format(Locale.ROOT, "%,.0f", k) : String.format(Locale.ROOT, "%.1f", k);
        return at + " wipes out the margin of " + n + " median user" + (n.equals("1.0") ? "" : "s");
    }

    private static List<String> facts(PlanResult p, Settings s) {
        String cur = s.currency();
        List<String> f = new ArrayList<>();
        f.add("Price " + ChartFormat.money(s.toDisplay(p.priceUsd()), cur) + " per user per month; cost per inference "
                + ChartFormat.money(s.toDisplay(p.costPerInference()), cur));
        f.add("Mean margin per user " + ChartFormat.money(s.toDisplay(p.meanMarginPerUser()), cur)
                + "; gross margin " + (Double.isNaN(p.grossMarginPct()) ? "n/a"
                : String.format(Locale.ROOT, "%.1f%%", p.grossMarginPct())));
        f.add(ChartFormat.percent(p.unprofitableShare()) + " of users have a negative margin");
        f.add(wipeout(p));
        return f;
    }

    private static javafx.util.StringConverter<Number> counts() {
        return ChartFormat.axisLabels(ChartFormat::compact);
    }
}
