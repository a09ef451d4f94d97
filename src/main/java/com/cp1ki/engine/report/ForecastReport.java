package com.cp1ki.engine.report;

import com.cp1ki.engine.model.Forecast;

import java.util.List;

/**
 * A project projected month by month (docs/cost-model.md, "Forecast"): every number is the cost
 * engine's own, evaluated on that month's projected project. Month 1 is this month (the report). USD.
 * Computed by {@code engine.forecast.ForecastEngine}.
 *
 * @param inputs     the forecast's inputs it was computed with
 * @param months     how many months
 * @param volumes    each workload's inferences/day and tokens multiplier by month
 * @param results    each (workload, enabled stack) pair by month: CP1Ki, monthly cost, fleet size
 * @param cheapest   each workload's cheapest stack by month and the months it changes (a workload no enabled
 *                   stack serves has none)
 * @param crossovers each pair of stacks per workload (with ops): the crossover volume by month
 * @param plans      each plan's margins by month
 * @param bill       the portfolio's monthly bill by month (empty when no workload is routed)
 * @param fan        the P10-P90 band's draws and seed when some forecast rate has a range, else null
 * @param warnings   what to know about the projection (an entry for a missing stack, volumes beyond the
 *                   crossover range, and each engine warning with the month it first appears)
 * @param problem    why the forecast could not be computed (then every list is empty), or null
 */
public record ForecastReport(Forecast inputs, int months, List<VolumeSeries> volumes, List<ResultSeries> results,
                             List<CheapestSeries> cheapest, List<CrossoverSeries> crossovers, List<PlanSeries> plans,
                             List<BillMonth> bill, FanInfo fan, List<Warning> warnings, String problem) {

    public ForecastReport {
        volumes = List.copyOf(volumes);
        results = List.copyOf(results);
        cheapest = List.copyOf(cheapest);
        crossovers = List.copyOf(crossovers);
        plans = List.copyOf(plans);
        bill = List.copyOf(bill);
        warnings = List.copyOf(warnings);
    }

    /** A forecast that could not be computed, with the reason (a sentence naming the input at fault). */
    public static ForecastReport failed(Forecast inputs, String problem) {
        return new ForecastReport(inputs, inputs.months(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), problem);
    }

    public boolean failed() {
        return problem != null;
    }

    /** The series of one pair, or null. */
    public ResultSeries result(String workload, String stack) {
        for (ResultSeries s : results) {
            if (s.workload().equals(workload) && s.stack().equals(stack)) {
                return s;
            }
        }
        return null;
    }

    /** The series of one workload's cheapest stack, or null. */
    public CheapestSeries cheapest(String workload) {
        for (CheapestSeries s : cheapest) {
            if (s.workload().equals(workload)) {
                return s;
            }
        }
        return null;
    }

    /**
     * This report with the fan's bands (the same months, results, plans and bill, with their bands)
     * and the fan's own warnings after the forecast's.
     */
    public ForecastReport withFan(FanInfo f, List<ResultSeries> r, List<PlanSeries> p, List<BillMonth> b,
                                  List<Warning> fanWarnings) {
        List<Warning> all = new java.util.ArrayList<>(warnings);
        all.addAll(fanWarnings);
        return new ForecastReport(inputs, months, volumes, r, cheapest, crossovers, p, b, f, all, problem);
    }

    /** A P10-P90 band of a number (null on a month when no rate has a range). */
    public record Band(double p10, double p90) {
    }

    /**
     * The fan: how many draws of the ranged rates gave the bands, and the seed.
     *
     * @param draws   forecasts computed, one per draw of every ranged rate (0 when the fan failed)
     * @param seed    the seed of the draws (the same file and seed give the same bands)
     * @param ranged  the ranged inputs, as field paths, e.g. "forecast.volumeGrowthPerMonth"
     * @param problem why the fan could not be drawn (a sentence naming the ranged field at fault; then
     *                no month has a band and the point forecast stands), or null
     */
    public record FanInfo(int draws, long seed, List<String> ranged, String problem) {
        public FanInfo {
            ranged = List.copyOf(ranged);
        }

        /** Whether the bands were drawn. */
        public boolean drawn() {
            return problem == null;
        }
    }

    /**
     * A workload's volume by month.
     *
     * @param inferencesPerDay month m's volume: today's x (1 + g)^(m-1), index m - 1
     * @param tokenFactor      month m's multiplier of tokens per inference: (1 + t)^(m-1)
     */
    public record VolumeSeries(String workload, List<Double> inferencesPerDay, List<Double> tokenFactor) {
        public VolumeSeries {
            inferencesPerDay = List.copyOf(inferencesPerDay);
            tokenFactor = List.copyOf(tokenFactor);
        }
    }

    /** One workload on one stack, alone, by month (index m - 1). */
    public record ResultSeries(String workload, String stack, String kind, List<ResultMonth> months) {
        public ResultSeries {
            months = List.copyOf(months);
        }
    }

    /**
     * One month of a pair.
     *
     * @param month          1 = this month
     * @param cp1ki          CP1Ki, USD per 1,000 inferences
     * @param monthlyCost    USD/month
     * @param instances      fleet size (null for an API)
     * @param priceFactor    the month's multiplier of the stack's token prices (API) or on-demand and spot
     *                       rates (GPU): (1 - d)^((m-1)/12)
     * @param reservedFactor the multiplier of its reserved rates that month (renewals only; null for an API)
     * @param cp1kiBand      P10-P90 of CP1Ki under the ranged rates, or null
     * @param monthlyBand    P10-P90 of the monthly cost, or null
     */
    public record ResultMonth(int month, double cp1ki, double monthlyCost, Integer instances, double priceFactor,
                              Double reservedFactor, Band cp1kiBand, Band monthlyBand) {
    }

    /**
     * A workload's cheapest stack by month: the enabled stack with the lowest monthly cost at that
     * month's volume (the first in project order on a tie).
     *
     * @param stacks  the cheapest stack of month m at index m - 1
     * @param changes the months where it differs from the month before
     */
    public record CheapestSeries(String workload, List<String> stacks, List<Change> changes) {
        public CheapestSeries {
            stacks = List.copyOf(stacks);
            changes = List.copyOf(changes);
        }
    }

    /** In {@code month}, the cheapest stack becomes {@code to} (it was {@code from}). */
    public record Change(int month, String from, String to) {
    }

    /** Two stacks of a workload (with ops) by month; index m - 1. */
    public record CrossoverSeries(String workload, String a, String b, List<CrossoverMonth> months) {
        public CrossoverSeries {
            months = List.copyOf(months);
        }
    }

    /**
     * The crossover of one month, as the engine finds it on that month's cost curves.
     *
     * @param stableAbove  the volume (inferences/day) above which {@code cheaperAbove} stays cheaper, or null
     * @param cheaperAbove cheaper at the top of the volume range (null when equal)
     * @param cheaperBelow cheaper at the bottom (null when equal)
     * @param crossings    how many times the costs cross over the range
     */
    public record CrossoverMonth(int month, Double stableAbove, String cheaperAbove, String cheaperBelow,
                                 int crossings) {
    }

    /** A plan's margins by month; index m - 1. */
    public record PlanSeries(String plan, List<PlanMonth> months) {
        public PlanSeries {
            months = List.copyOf(months);
        }
    }

    /**
     * One month of a plan (USD per user per month).
     *
     * @param costPerInference  c of that month
     * @param meanMarginPerUser E[M(x)]
     * @param marginAtMedian    M(median)
     * @param grossMarginPct    100 x total margin / total revenue
     * @param unprofitableShare share of users with a negative margin
     * @param marginBand        P10-P90 of the mean margin per user, or null
     */
    public record PlanMonth(int month, double costPerInference, double meanMarginPerUser, double marginAtMedian,
                            double grossMarginPct, double unprofitableShare, Band marginBand) {
    }

    /**
     * The portfolio's bill of one month.
     *
     * @param total  USD/month
     * @param stacks each billed stack's monthly cost, in project order
     * @param band   P10-P90 of the total, or null
     */
    public record BillMonth(int month, double total, List<StackAmount> stacks, Band band) {
        public BillMonth {
            stacks = List.copyOf(stacks);
        }
    }

    /** A stack's monthly cost in the bill. */
    public record StackAmount(String stack, double monthlyCost) {
    }
}
