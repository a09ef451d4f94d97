package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The product's monthly bill (the portfolio): one bar per stack with routed traffic, stacked by
 * the feature each part is allocated to, unused reserved capacity as a segment of its own, the
 * stack's monthly cost above it. Every height is an engine number ({@code FeatureShare.monthly},
 * {@code StackBill.unusedReserved}) in the display currency.
 */
public final class BillChart extends ChartAdapter {

    /** The series name of idle reserved instances. */
    public static final String UNUSED = "Unused reserved capacity";

    private final ChartTips tips = new ChartTips();
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedStackedBarChart chart = new MarkedStackedBarChart(x, y);

    public BillChart() {
        chart.setCategoryGap(40);
        chart.setLegendVisible(true);
        init(chart, null);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.BILL;
    }

    @Override
    public MarkedStackedBarChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        Portfolio bill = report.portfolio();
        if (bill.isEmpty()) {
            return nothingToDraw("No workload is routed, so there is no bill yet. Select a workload and route it to"
                    + " the stacks that serve it in production (Routing in the workload editor) to see the product's"
                    + " monthly cost by stack and by feature.");
        }
        Settings s = project.settings();
        String cur = s.currency();
        subject(project.name());
        y.setLabel("Monthly cost (" + cur + ")");
        x.setLabel("Stack (total " + ChartFormat.money(s.toDisplay(bill.total()), cur) + " a month)");
        int n = bill.stacks().size();
        List<String> categories = bill.stacks().stream().map(b -> Cp1kiChart.category(b.stack(), n)).toList();
        Cp1kiChart.crowd(x, n);
        x.setCategories(FXCollections.observableArrayList(categories));
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        ChartTable.Builder table = new ChartTable.Builder("Stack", "Feature", "Routing share", "Monthly cost (" + cur + ")");
        for (FeatureBill f : bill.features()) {
            XYChart.Series<String, Number> ser = new XYChart.Series<>();
            ser.setName(options.shown(f.workload()));
            for (StackBill b : bill.stacks()) {
                FeatureShare part = part(f, b.stack());
                double v = part == null ? 0 : s.toDisplay(part.monthly().total());
                ser.getData().add(new XYChart.Data<>(Cp1kiChart.category(b.stack(), n), v));
                if (part != null) {
                    table.row(b.stack(), f.workload(), part.routingShare(), v);
                }
            }
            series.add(ser);
        }
        if (bill.unusedReserved() > 0) {
            XYChart.Series<String, Number> ser = new XYChart.Series<>();
            ser.setName(UNUSED);
            for (StackBill b : bill.stacks()) {
                ser.getData().add(new XYChart.Data<>(Cp1kiChart.category(b.stack(), n), s.toDisplay(b.unusedReserved())));
                if (b.unusedReserved() > 0) {
                    table.row(b.stack(), UNUSED, null, s.toDisplay(b.unusedReserved()));
                }
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        chart.marks().clear();
        double max = 0;
        for (StackBill b : bill.stacks()) {
            double total = s.toDisplay(b.monthlyCost());
            max = Math.max(max, total);
            chart.marks().text(Cp1kiChart.category(b.stack(), n), total, ChartFormat.money(total, cur), "cp1ki-total");
        }
        NiceRange.of(0, max, 0.12, 6).applyTo(y);
        decorate(series, bill, s);
        return table.build();
    }

    /**
     * How to find a clicked segment again in a later report: {@code feature}'s share of {@code stack}
     * (or the stack's unused reserved capacity when {@code feature} is null); null when it is gone.
     */
    static Selection.Source source(String feature, String stack) {
        return (project, report) -> {
            Portfolio bill = report.portfolio();
            StackBill b = bill.stacks().stream().filter(x -> x.stack().equals(stack)).findFirst().orElse(null);
            if (b == null) {
                return null;
            }
            Settings s = project.settings();
            if (feature == null) {
                return b.unusedReserved() > 0 ? unusedSelection(b, s) : null;
            }
            return bill.features().stream().filter(f -> f.workload().equals(feature) && part(f, stack) != null)
                    .findFirst().map(f -> selection(f, b, s)).orElse(null);
        };
    }

    static FeatureShare part(FeatureBill f, String stack) {
        for (FeatureShare x : f.stacks()) {
            if (x.stack().equals(stack)) {
                return x;
            }
        }
        return null;
    }

    private void decorate(List<XYChart.Series<String, Number>> series, Portfolio bill, Settings s) {
        String cur = s.currency();
        for (int i = 0; i < series.size(); i++) {
            boolean unused = i == bill.features().size();
            for (int j = 0; j < bill.stacks().size(); j++) {
                XYChart.Data<String, Number> d = series.get(i).getData().get(j);
                if (d.getNode() == null || d.getYValue().doubleValue() == 0) {
                    continue;
                }
                StackBill b = bill.stacks().get(j);
                String what = unused ? UNUSED : bill.features().get(i).workload();
                tips.attach(d.getNode(), b.stack() + ", " + what + ": "
                        + ChartFormat.money(d.getYValue().doubleValue(), cur) + " a month");
                String stack = b.stack();
                String feature = unused ? null : bill.features().get(i).workload();
                d.getNode().setOnMouseClicked(e -> select(source(feature, stack)));
            }
        }
    }

    /**
     * What clicking a feature's segment shows: its allocated cost on that stack with the keys and
     * shares plugged in (the engine's explanations for that stack), then its totals.
     */
    public static Selection selection(FeatureBill f, StackBill b, Settings s) {
        FeatureShare part = part(f, b.stack());
        List<String> facts = new ArrayList<>();
        facts.add(ChartFormat.money(s.toDisplay(part.monthly().total()), s.currency()) + " a month of "
                + b.stack() + "'s " + ChartFormat.money(s.toDisplay(b.monthlyCost()), s.currency()) + " ("
                + ChartFormat.count(100 * part.routingShare()) + "% of " + f.workload() + "'s inferences)");
        if (part.fleetShare() != null) {
            facts.add("GPU cost by " + b.fleetKey().label() + ": " + ChartFormat.count(100 * part.fleetShare()) + "%");
        }
        facts.add("Fixed and ops by " + b.overheadKey().label() + ": " + ChartFormat.count(100 * part.overheadShare()) + "%");
        facts.add("CP1Ki of " + f.workload() + " as the product is run: "
                + ChartFormat.money(s.toDisplay(f.cp1ki()), s.currency()));
        if (!"USD".equals(s.currency())) {
            facts.add("The formulas below compute in USD; " + s.currency() + " at the project's FX rate.");
        }
        List<Explanation> ex = f.explanations().stream()
                .filter(e -> e.quantity().endsWith(" on " + b.stack()) || e.quantity().contains(" on " + b.stack() + " by ")
                        || e.quantity().endsWith("(portfolio)")).toList();
        return new Selection("Bill of " + f.workload(), "on " + b.stack(), facts, ex);
    }

    /** A feature's whole bill: every stack it is routed to, and its CP1Ki. */
    public static Selection selection(FeatureBill f, Settings s) {
        List<String> facts = new ArrayList<>(List.of("Monthly cost " + ChartFormat.money(s.toDisplay(f.monthlyCost()),
                s.currency()) + " over " + ChartFormat.count(f.monthlyInferences()) + " inferences a month",
                "CP1Ki " + ChartFormat.money(s.toDisplay(f.cp1ki()), s.currency())));
        return new Selection("Bill of " + f.workload(), "as the product is run", facts, f.explanations());
    }

    /** A stack's bill: the fleet sized for everything routed to it, the keys' totals. */
    public static Selection selection(StackBill b, Settings s) {
        List<String> facts = new ArrayList<>(List.of("Monthly cost " + ChartFormat.money(s.toDisplay(b.monthlyCost()),
                s.currency()) + ", shared by " + String.join(", ", b.features())));
        if (b.instances() != null) {
            facts.add(b.instances() + (b.instances() == 1 ? " instance" : " instances")
                    + (b.utilisation() == null ? "" : " at " + ChartFormat.count(100 * b.utilisation()) + "% utilisation"));
        }
        return new Selection("Bill of " + b.stack(), "in the portfolio", facts, b.explanations());
    }

    static Selection unusedSelection(StackBill b, Settings s) {
        return new Selection(UNUSED, "on " + b.stack(), List.of(ChartFormat.money(s.toDisplay(b.unusedReserved()),
                s.currency()) + " a month of reserved instances the portfolio does not need; allocated to no feature"),
                b.explanations().stream().filter(e -> e.quantity().startsWith("unused") || e.quantity().equals("instances")
                        || e.quantity().equals("monthly GPU cost")).toList());
    }
}
