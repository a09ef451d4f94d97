package com.cp1ki.engine;

import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.RoiBand;

import static com.cp1ki.engine.Fmt.ratio;
import static com.cp1ki.engine.Fmt.usd;

/** ROI multiple m = v / c and its band, at the mean cost and at the p95 request cost. */
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

    Explanation explainMean(double value, double meanCost) {
        return new Explanation("ROI multiple", "value per inference / cost per inference",
                Fmt.usdInput(value) + " / " + usd(meanCost) + " = " + ratio(multiple) + " (" + band.label() + ")", multiple, "x");
    }

    Explanation explainP95(double value, double p95Cost) {
        return new Explanation("ROI multiple at p95 cost", "value per inference / p95 request cost",
                Fmt.usdInput(value) + " / " + usd(p95Cost) + " = " + ratio(multipleP95) + " (" + bandP95.label() + ")",
                multipleP95, "x");
    }
}
