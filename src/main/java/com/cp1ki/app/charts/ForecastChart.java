package com.cp1ki.app.charts;

import com.cp1ki.engine.forecast.ForecastEngine;
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
import javafx.scene.control.Label;
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

    /** The forecast's inputs in a few words, above the chart (whole in its tooltip). */
    private final Label caption = new Label();

    public ForecastChart() {
        chart.setLegendVisible(true);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        caption.setId("forecastInputs");
        caption.getStyleClass().add("chart-caption");
        caption.setMinWidth(0);
        // whole, on two lines when the window is narrow: the inputs and their sources are the point of it
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(caption, javafx.scene.layout.Priority.ALWAYS);
        init(chart, caption);
    }

    /** The inputs line above the chart (for tests). */
    Label caption() {
        return caption;
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
        chart.setTitle(null);
        caption.setText("");
        caption.setTooltip(null);
        if (f == null || w == null) {
            return nothingToDraw("Add a workload to see how its costs move month by month.");
        }
        if (f.failed()) {
            return nothingToDraw("The forecast cannot be computed: " + f.problem());
        }
        boolean fan = f.fan() != null || ForecastEngine.hasFan(project);
        if (!f.inputs().moves() && !fan) {
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
        // the axis says what a month is; the inputs, too long for it at 1280 x 720, go above the chart
        x.setLabel("Month (1 = this month)");
        String in = "Forecast: " + inputs(f.inputs());
        caption.setText(in);
        caption.setTooltip(new javafx.scene.control.Tooltip(in + (fan ? "\n" + FanText.title(project, f) : "")));
        chart.setTitle(fan ? FanText.title(project, f) : null);
        // short, so it is whole beside a plot as low as a projector leaves it
        y.setLabel(cur + " / month");
        // a plain converter, as every other chart's: NumberAxis sizes a DefaultFormatter's labels by its own
        // format ("1,250"), narrower than "$1.25k", and the axis title then ran into the widest ticks
        y.setTickLabelFormatter(ChartFormat.axisLabels(v -> ChartFormat.moneyCompact(v, cur)));
        boolean drawn = f.fan() != null && f.fan().drawn();
        List<String> headers = new ArrayList<>(List.of("Workload", "Stack", "Month", "Inferences/day",
                "CP1Ki (" + cur + ")", "Monthly cost (" + cur + "/month)", "Cheapest"));
        if (drawn) {
            headers.addAll(List.of("CP1Ki P10 (" + cur + ")", "CP1Ki P90 (" + cur + ")",
                    "Monthly cost P10 (" + cur + "/month)", "Monthly cost P90 (" + cur + "/month)"));
        }
        ChartTable.Builder table = new ChartTable.Builder(headers.toArray(String[]::new));
        CheapestSeries cheapest = f.cheapest(w);
        List<Double> volume = f.volumes().stream().filter(v -> v.workload().equals(w)).findFirst().orElseThrow()
                .inferencesPerDay();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        chart.marks().clear();
        double max = 0;
        for (int i = 0; i < rs.size(); i++) {
            ResultSeries r = rs.get(i);
            XYChart.Series<Number, Number> ser = new XYChart.Series<>();
            ser.setName(r.stack());
            List<Number> months = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (ResultMonth m : r.months()) {
                ser.getData().add(new XYChart.Data<>(m.month(), s.toDisplay(m.monthlyCost())));
                max = Math.max(max, s.toDisplay(m.monthlyCost()));
                List<Object> row = new ArrayList<>(List.of(w, r.stack(), m.month(), volume.get(m.month() - 1),
                        s.toDisplay(m.cp1ki()), s.toDisplay(m.monthlyCost()),
                        r.stack().equals(cheapest.stacks().get(m.month() - 1))));
                if (drawn && m.monthlyBand() != null) {
                    months.add(m.month());
                    low.add(s.toDisplay(m.monthlyBand().p10()));
                    high.add(s.toDisplay(m.monthlyBand().p90()));
                    max = Math.max(max, s.toDisplay(m.monthlyBand().p90()));
                    row.addAll(List.of(s.toDisplay(m.cp1kiBand().p10()), s.toDisplay(m.cp1kiBand().p90()),
                            s.toDisplay(m.monthlyBand().p10()), s.toDisplay(m.monthlyBand().p90())));
                }
                table.row(row.toArray());
            }
            if (!months.isEmpty()) {
                chart.marks().area(months, low, high, "forecast-fan series-" + (i % 8));
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        // bands are marks, not data: the axis is fixed to hold them
        NiceRange.of(0, max, 0.08, 6).applyTo(y);
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
    public static String inputs(Forecast f) {
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
        if (m.monthlyBand() != null) {
            facts.add("Monthly cost P10 to P90: " + ChartFormat.money(s.toDisplay(m.monthlyBand().p10()), cur) + " to "
                    + ChartFormat.money(s.toDisplay(m.monthlyBand().p90()), cur));
            facts.add("CP1Ki P10 to P90: " + ChartFormat.money(s.toDisplay(m.cp1kiBand().p10()), cur) + " to "
                    + ChartFormat.money(s.toDisplay(m.cp1kiBand().p90()), cur));
        }
        if (m.instances() != null) {
            facts.add("Fleet: " + m.instances() + " instance(s)");
        }
        facts.add("Forecast: " + inputs(f.inputs()));
        if (f.fan() != null || ForecastEngine.hasFan(p)) {
            facts.add(FanText.title(p, f));
        }
        return Selection.serving(stack + " in month " + month, w, facts, List.of());
    }
}
