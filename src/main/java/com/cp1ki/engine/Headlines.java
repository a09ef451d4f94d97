package com.cp1ki.engine;

import com.cp1ki.engine.report.Explanation;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.usd;

/** Explanations shared by every kind of stack: monthly inferences, overheads, CP1Ki, daily cost. */
final class Headlines {
    private Headlines() {
    }

    static Explanation monthlyInferences(Pairing s) {
        return new Explanation("monthly inferences", "inferences per day x days per month",
                count(s.volume) + " x " + count(s.settings.daysPerMonth()) + " = " + count(s.monthlyInferences),
                s.monthlyInferences, "inferences/month");
    }

    /** Appends "+ fixed + ops" terms that are not zero. */
    static void appendOverheads(Pairing s, StringBuilder formula, StringBuilder values) {
        if (s.fixed != 0) {
            formula.append(" + fixed");
            values.append(" + ").append(usd(s.fixed));
        }
        if (s.ops != 0) {
            formula.append(" + ops");
            values.append(" + ").append(usd(s.ops));
        }
    }

    static Explanation costPerInference(Pairing s) {
        double c = s.costPerInference();
        return new Explanation("cost per inference", "monthly cost / monthly inferences",
                usd(s.monthlyCost()) + " / " + count(s.monthlyInferences) + " = " + usd(c), c, "USD");
    }

    /** CP1Ki from the cost per inference: "$0.00304 x 1,000 = $3.04". */
    static Explanation cp1kiFromCost(Pairing s) {
        double c = s.costPerInference();
        return new Explanation("CP1Ki", "cost per inference x 1,000",
                usd(c) + " x 1,000 = " + usd(1000 * c), 1000 * c, "USD per 1,000 inferences");
    }

    /** CP1Ki from the monthly cost: "$476.28 / 300,000 x 1,000 = $1.59". */
    static Explanation cp1kiFromMonthly(Pairing s) {
        double v = 1000 * s.costPerInference();
        return new Explanation("CP1Ki", "monthly cost / monthly inferences x 1,000",
                usd(s.monthlyCost()) + " / " + count(s.monthlyInferences) + " x 1,000 = " + usd(v), v,
                "USD per 1,000 inferences");
    }

    static Explanation daily(Pairing s) {
        double d = s.monthlyCost() / s.settings.daysPerMonth();
        return new Explanation("daily cost", "monthly cost / days per month",
                usd(s.monthlyCost()) + " / " + count(s.settings.daysPerMonth()) + " = " + usd(d), d, "USD/day");
    }
}
