package com.cp1ki.engine;

import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Explanation;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.cents;
import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.input;
import static com.cp1ki.engine.Fmt.pct;
import static com.cp1ki.engine.Fmt.ratio;
import static com.cp1ki.engine.Fmt.usd;

/** How a plan's margins were computed. */
final class PlanExplanations {
    private PlanExplanations() {
    }

    /** How c was found: the formula and its substitution. */
    record CostSource(String formula, String substituted) {
    }

    record Values(double price, Double quota, double overage, double cost, double meanUsage, double median,
                  double revenue, double costPerUser, double margin, double gross, double unprofitable,
                  Double breakEven, double atMedian, double xp, double atPower, Double wipeout, double[] negative) {
    }

    static List<Explanation> of(Plan plan, Settings s, CostSource cost, Values v) {
        List<Explanation> out = new ArrayList<>();
        if (!"USD".equals(s.currency()) || s.fxRate() != 1) {
            out.add(new Explanation("price in USD", "price / FX rate",
                    input(plan.pricePerUserMonth()) + " " + s.currency() + " / " + input(s.fxRate()) + " = " + cents(v.price()),
                    v.price(), "USD/user/month"));
        }
        out.add(new Explanation("cost per inference", cost.formula(), cost.substituted(), v.cost(), "USD"));
        String mFormula = v.quota() == null ? "price - x x c" : "price + max(0, x - q) x overage - x x c";
        out.add(new Explanation("margin at median usage", mFormula, margin(v, v.median()), v.atMedian(), "USD/user/month"));
        out.add(new Explanation("mean margin per user", "E[R(x)] - c x E[x]",
                cents(v.revenue()) + " - " + usd(v.cost()) + " x " + count(round(v.meanUsage())) + " = " + cents(v.margin()),
                v.margin(), "USD/user/month"));
        out.add(new Explanation("gross margin", "100 x E[M(x)] / E[R(x)]",
                "100 x " + cents(v.margin()) + " / " + cents(v.revenue()) + " = "
                        + (Double.isNaN(v.gross()) ? "undefined (no revenue)" : ratio(v.gross()) + "%"), v.gross(), "%"));
        if (v.breakEven() != null) {
            double[] n = v.negative();
            String where = n[1] == Double.POSITIVE_INFINITY ? "x > " + count(round(n[0]))
                    : count(round(n[0])) + " < x < " + count(round(n[1]));
            out.add(new Explanation("break-even usage", "the x where M(x) = 0",
                    "M(" + count(round(v.breakEven())) + ") = 0; margin is negative for " + where, v.breakEven(),
                    "inferences/user/month"));
            out.add(new Explanation("unprofitable users", "share of users with M(x) < 0",
                    "P(" + where + ") = " + pct(v.unprofitable()), v.unprofitable(), "share"));
        }
        out.add(new Explanation("margin of a power user", mFormula, margin(v, v.xp()), v.atPower(), "USD/user/month"));
        if (v.wipeout() != null) {
            out.add(new Explanation("power-user wipe-out", "max(0, -M(x_p) / M(median))",
                    "-(" + cents(v.atPower()) + ") / " + cents(v.atMedian()) + " = " + ratio(v.wipeout()) + " median users",
                    v.wipeout(), "users"));
        }
        return out;
    }

    private static String margin(Values v, double x) {
        String xs = count(round(x));
        String over = "";
        if (v.quota() != null) {
            over = " + max(0, " + xs + " - " + count(v.quota()) + ") x " + usd(v.overage());
        }
        double m = v.price() + (v.quota() == null ? 0 : Math.max(0, x - v.quota()) * v.overage()) - x * v.cost();
        return cents(v.price()) + over + " - " + xs + " x " + usd(v.cost()) + " = " + cents(m);
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
