package com.cp1ki.app.charts;

import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Change;
import com.cp1ki.engine.report.ForecastReport.CheapestSeries;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.Report;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The forecast of one workload (the report's {@link ForecastReport}, docs/cost-model.md "Forecast"):
 * each enabled stack's monthly cost by month, the months its cheapest stack changes marked, and a
 * clickable point per stack at the last month. Every value is the engine's, in the display currency.
 */
public final class ForecastChart extends ChartAdapter {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(x, y);

    public ForecastChart() {
        chart.setLegendVisible(true);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        init(chart, null);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.FORECAST;
    }

    @Override
    public MarkedLineChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        ForecastReport f = report.forecast();
        String w = workloadOf(project, options);
        if (f == null || w == null) {
            return nothingToDraw("Add a workload to see how its costs move month by month.");
        }
        if (f.failed()) {
            return nothingToDraw("The forecast cannot be computed: " + f.problem());
        }
        if (!f.inputs().moves()) {
            // as the export leaves it out: twelve identical months are a hint for the user, not a chart
            return nothingToDraw("Nothing grows or falls in this project's forecast, so every month would be today's"
                    + " report. Set volume growth, token growth or price declines under Forecast in the project"
                    + " settings to see the months ahead.");
        }
        List<ResultSeries> rs = f.results().stream().filter(r -> r.workload().equals(w)).toList();
        if (rs.isEmpty()) {
            return nothingToDraw("No enabled stack serves " + w + ". Switch stacks on to forecast their costs.");
        }
        Settings s = project.settings();
        String cur = s.currency();
        subject(w + ", " + f.months() + " months");
        x.setLowerBound(1);
        x.setUpperBound(f.months());
        x.setTickUnit(f.months() <= 24 ? 3 : 6);
        x.setLabel("Month (1 = this month): " + inputs(f.inputs()));
        // short, so it is whole beside a plot as low as a projector leaves it
        y.setLabel(cur + " / month");
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number v) {
                return ChartFormat.moneyCompact(v.doubleValue(), cur);
            }
        });
        ChartTable.Builder table = new ChartTable.Builder("Workload", "Stack", "Month", "Inferences/day",
                "CP1Ki (" + cur + ")", "Monthly cost (" + cur + "/month)", "Cheapest");
        CheapestSeries cheapest = f.cheapest(w);
        List<Double> volume = f.volumes().stream().filter(v -> v.workload().equals(w)).findFirst().orElseThrow()
                .inferencesPerDay();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (ResultSeries r : rs) {
            XYChart.Series<Number, Number> ser = new XYChart.Series<>();
            ser.setName(r.stack());
            for (ResultMonth m : r.months()) {
                ser.getData().add(new XYChart.Data<>(m.month(), s.toDisplay(m.monthlyCost())));
                table.row(w, r.stack(), m.month(), volume.get(m.month() - 1), s.toDisplay(m.cp1ki()),
                        s.toDisplay(m.monthlyCost()), r.stack().equals(cheapest.stacks().get(m.month() - 1)));
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        chart.marks().clear();
        for (Change c : cheapest.changes()) {
            chart.marks().vline(c.month(), c.to() + " cheapest from month " + c.month(), "current-volume");
        }
        int last = f.months();
        for (int i = 0; i < rs.size(); i++) {
            String stack = rs.get(i).stack();
            ResultMonth m = rs.get(i).months().get(last - 1);
            Selection.Source source = (p, rep) -> month(p, rep, w, stack, last);
            chart.marks().point(last, s.toDisplay(m.monthlyCost()), null, tip(stack, m, cur, s),
                    "current-point series-" + (i % 8), () -> select(source));
        }
        return table.build();
    }

    /** The forecast's inputs in a few words, with the API preset's source: for the axis and exports. */
    static String inputs(Forecast f) {
        if (!f.moves()) {
            return "nothing grows or falls (set the forecast in the project settings)";
        }
        String api = "API prices " + rate(f.apiPriceDeclinePerYear()) + DeclinePreset.of(f.apiPriceDeclinePerYear())
                .filter(p -> p.published() != null).map(p -> " (" + p.label() + ", " + shortSource(p) + ")").orElse("");
        return "volume " + signed(f.volumeGrowthPerMonth()) + "/month, tokens " + signed(f.tokenGrowthPerMonth())
                + "/month, " + api + ", GPU rates " + rate(f.gpuRateDeclinePerYear());
    }

    private static String shortSource(DeclinePreset p) {
        return switch (p) {
            case THREE_X -> "MIT FutureTech " + p.published();
            case TEN_X -> "a16z " + p.published();
            case FORTY_X -> "Epoch AI " + p.published();
            case FLAT -> "";
        };
    }

    private static String rate(double d) {
        return d == 0 ? "flat" : (d > 0 ? "-" : "+") + Forecast.percent(Math.abs(d)) + "/year";
    }

    private static String signed(double g) {
        return (g < 0 ? "-" : "+") + Forecast.percent(Math.abs(g));
    }

    private static String tip(String stack, ResultMonth m, String cur, Settings s) {
        return stack + " in month " + m.month() + ": " + ChartFormat.money(s.toDisplay(m.monthlyCost()), cur)
                + "/month, CP1Ki " + ChartFormat.money(s.toDisplay(m.cp1ki()), cur);
    }

    /** What clicking a stack's point shows, in any report; null when the stack, workload or month is gone. */
    static Selection month(Project p, Report report, String w, String stack, int month) {
        ForecastReport f = report.forecast();
        if (f == null || f.failed() || month > f.months()) {
            return null;
        }
        ResultSeries r = f.result(w, stack);
        if (r == null) {
            return null;
        }
        Settings s = p.settings();
        String cur = s.currency();
        ResultMonth m = r.months().get(month - 1);
        List<String> facts = new ArrayList<>(List.of(
                "Monthly cost: " + ChartFormat.money(s.toDisplay(m.monthlyCost()), cur),
                "CP1Ki: " + ChartFormat.money(s.toDisplay(m.cp1ki()), cur),
                "Volume: " + ChartFormat.count(f.volumes().stream().filter(v -> v.workload().equals(w)).findFirst()
                        .orElseThrow().inferencesPerDay().get(month - 1)) + " inferences/day",
                "Prices x " + String.format(java.util.Locale.ROOT, "%.4g", m.priceFactor()) + " of today's"
                        + (r.kind().equals("api") ? " (token prices)" : " (on-demand and spot rates)")));
        if (m.reservedFactor() != null) {
            facts.add("Reserved rate x " + String.format(java.util.Locale.ROOT, "%.4g", m.reservedFactor())
                    + " (renewed at the rate of its renewal month)");
        }
        if (m.instances() != null) {
            facts.add("Fleet: " + m.instances() + " instance(s)");
        }
        facts.add("Forecast: " + inputs(f.inputs()));
        return Selection.serving(stack + " in month " + month, w, facts, List.of());
    }
}
