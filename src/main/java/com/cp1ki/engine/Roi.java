package com.cp1ki.engine;

import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.RoiBand;

import static com.cp1ki.engine.Fmt.ratio;
import static com.cp1ki.engine.Fmt.usd;

/**
 * ROI multiple m = v / c and its band, at the mean cost and at the p95 request cost; and the
 * cost-to-value ratio c / v and net value v - c beside it (docs/cost-model.md, ROI).
 */
record Roi(double multiple, RoiBand band, double multipleP95, RoiBand bandP95) {

    /** Null when the workload has no value per inference. */
    static Roi of(Double value, double meanCost, double p95Cost) {
        if (value == null) {
            return null;
        }
        double m = value / meanCost;
        double m95 = value / p95Cost;
        return new Roi(m, RoiBand.of(m), m95, RoiBand.of(m95));
    }

    /**
     * The value per inference as the explanations write it: "$0.05", and in a project with another
     * display currency also as the business typed it, "$0.04988 (4.2 INR)".
     */
    static String valueText(double value, com.cp1ki.engine.model.Settings s) {
        return "USD".equals(s.currency()) ? Fmt.usdInput(value)
                : Fmt.usdInput(value) + " (" + Fmt.input(s.toDisplay(value)) + " " + s.currency() + ")";
    }

    Explanation explainMean(String value, double meanCost) {
        return new Explanation("ROI multiple", "value per inference / cost per inference",
                value + " / " + usd(meanCost) + " = " + ratio(multiple) + " (" + band.label() + ")", multiple, "x");
    }

    Explanation explainP95(String value, double p95Cost) {
        return new Explanation("ROI multiple at p95 cost", "value per inference / p95 request cost",
                value + " / " + usd(p95Cost) + " = " + ratio(multipleP95) + " (" + bandP95.label() + ")",
                multipleP95, "x");
    }

    static Explanation explainCostToValue(double value, String shown, double meanCost) {
        double r = meanCost / value;
        return new Explanation("Cost-to-value ratio", "cost per inference / value per inference",
                usd(meanCost) + " / " + shown + " = " + Fmt.pct(r) + " of the value", r, "ratio");
    }

    static Explanation explainNetValue(double value, String shown, double meanCost) {
        double n = value - meanCost;
        return new Explanation("Net value per inference", "value per inference - cost per inference",
                shown + " - " + usd(meanCost) + " = " + usd(n), n, "USD");
    }
}
