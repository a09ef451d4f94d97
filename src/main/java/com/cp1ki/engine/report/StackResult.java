package com.cp1ki.engine.report;

import com.cp1ki.engine.dist.Summary;

import java.util.List;

/**
 * One workload served by one stack alone (the stack carries its full fixed and ops cost). USD.
 *
 * @param workload           workload name
 * @param stack              stack name
 * @param kind               "api" or "gpu"
 * @param costPerInference   monthly cost / monthly inferences
 * @param cp1ki              1000 x cost per inference
 * @param dailyCost          monthly cost / days per month
 * @param monthlyCost        total monthly cost
 * @param monthlyInferences  inferences/day x days per month
 * @param monthly            the monthly cost split by component
 * @param instances          fleet size N (null for API stacks)
 * @param utilisation        realised utilisation of the fleet (null for API stacks)
 * @param roiMultiple        value / mean cost (null when the workload has no value)
 * @param roiBand            band of the mean ROI multiple (null when no value)
 * @param roiMultipleP95     value / p95 request cost (null when no value)
 * @param roiBandP95         band at p95 cost (null when no value)
 * @param cost               per-request cost distribution (count, mean, p50..p99, max)
 * @param p95OverP50         costP95 / costP50
 * @param tailShare          share of spend from the most expensive 5% of requests
 * @param input              input-token summary of the workload
 * @param output             output-token summary of the workload
 * @param explanations       how each headline number was computed, inputs plugged in
 * @param valuePerInference  the workload's value per inference v in USD (null when it has none),
 *                           from which the cost-to-value ratio and the net value are derived
 * @param levers             the stack's optimisation levers as a waterfall from the cost without them to
 *                           this result ({@link LeverResult#NONE} when none is on); every number above is
 *                           after the levers
 */
public record StackResult(String workload, String stack, String kind, double costPerInference, double cp1ki,
                          double dailyCost, double monthlyCost, double monthlyInferences, Breakdown monthly,
                          Integer instances, Double utilisation, Double roiMultiple, RoiBand roiBand,
                          Double roiMultipleP95, RoiBand roiBandP95, Summary cost, double p95OverP50,
                          double tailShare, Summary input, Summary output, List<Explanation> explanations,
                          Double valuePerInference, LeverResult levers) {

    public StackResult {
        explanations = List.copyOf(explanations);
        levers = levers == null ? LeverResult.NONE : levers;
    }

    /** A result of a stack without levers. */
    public StackResult(String workload, String stack, String kind, double costPerInference, double cp1ki,
                       double dailyCost, double monthlyCost, double monthlyInferences, Breakdown monthly,
                       Integer instances, Double utilisation, Double roiMultiple, RoiBand roiBand,
                       Double roiMultipleP95, RoiBand roiBandP95, Summary cost, double p95OverP50,
                       double tailShare, Summary input, Summary output, List<Explanation> explanations,
                       Double valuePerInference) {
        this(workload, stack, kind, costPerInference, cp1ki, dailyCost, monthlyCost, monthlyInferences, monthly,
                instances, utilisation, roiMultiple, roiBand, roiMultipleP95, roiBandP95, cost, p95OverP50, tailShare,
                input, output, explanations, valuePerInference, LeverResult.NONE);
    }

    /**
     * A result without its value per inference: v is taken back from the ROI multiple as
     * m x c (exact up to rounding; unknown when the cost is 0). The engine uses the canonical
     * constructor.
     */
    public StackResult(String workload, String stack, String kind, double costPerInference, double cp1ki,
                       double dailyCost, double monthlyCost, double monthlyInferences, Breakdown monthly,
                       Integer instances, Double utilisation, Double roiMultiple, RoiBand roiBand,
                       Double roiMultipleP95, RoiBand roiBandP95, Summary cost, double p95OverP50,
                       double tailShare, Summary input, Summary output, List<Explanation> explanations) {
        this(workload, stack, kind, costPerInference, cp1ki, dailyCost, monthlyCost, monthlyInferences, monthly,
                instances, utilisation, roiMultiple, roiBand, roiMultipleP95, roiBandP95, cost, p95OverP50, tailShare,
                input, output, explanations, roiMultiple == null || !(costPerInference > 0) ? null
                        : roiMultiple * costPerInference, LeverResult.NONE);
    }

    /** Cost-to-value ratio c / v at the mean cost (the inverse of the ROI multiple); null without a value. */
    public Double costToValue() {
        return valuePerInference == null ? null : costPerInference / valuePerInference;
    }

    /** Cost-to-value ratio at the p95 request cost; null without a value. */
    public Double costToValueP95() {
        return valuePerInference == null ? null : cost.p95() / valuePerInference;
    }

    /** Net value per inference v - c at the mean cost, USD; null without a value. */
    public Double netValuePerInference() {
        return valuePerInference == null ? null : valuePerInference - costPerInference;
    }

    /** Net value of a request at the p95 request cost, v - p95 cost, USD; null without a value. */
    public Double netValueP95() {
        return valuePerInference == null ? null : valuePerInference - cost.p95();
    }
}
