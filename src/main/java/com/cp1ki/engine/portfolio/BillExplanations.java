package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.RoiBand;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.input;
import static com.cp1ki.engine.Fmt.pct;
import static com.cp1ki.engine.Fmt.usd;

/** How the portfolio's numbers were computed, allocation keys and shares plugged in. */
final class BillExplanations {
    private BillExplanations() {
    }

    /** A feature's part on one stack: inferences, token cost, GPU, fixed and ops, extras. */
    static List<Explanation> part(Part p, int i, Breakdown b, SharedFleet fleet, Keys fleetKeys, Keys overheadKeys,
                                  double fixed, double ops) {
        List<Explanation> out = new ArrayList<>();
        String on = " on " + p.stack.name();
        out.add(new Explanation("inferences" + on, "routing share x monthly inferences",
                pct(p.share) + " x " + count(p.monthlyInferences / p.share) + " = " + count(p.monthlyInferences),
                p.monthlyInferences, "inferences/month"));
        if (fleet == null) {
            out.add(new Explanation("token cost" + on, "routing share x token cost of the feature on the stack alone",
                    pct(p.share) + " x " + usd(p.pairTokens) + " = " + usd(b.tokens()), b.tokens(), "USD/month"));
        } else {
            String used = fleet.unusedReserved > 0
                    ? "(" + usd(fleet.gpuCost) + " - " + usd(fleet.unusedReserved) + " unused reserved)"
                    : usd(fleet.gpuCost);
            out.add(new Explanation("GPU cost" + on + " by " + keyLabel(fleetKeys),
                    "(fleet GPU cost - unused reserved) x feature's " + fleetKeys.key.label() + " / fleet's",
                    used + " x " + weight(fleetKeys, i) + " / " + weight(fleetKeys, -1) + " = " + usd(b.gpu()),
                    b.gpu(), "USD/month"));
        }
        if (fixed + ops != 0) {
            String amount = ops == 0 ? usd(fixed) : fixed == 0 ? usd(ops) : "(" + usd(fixed) + " + " + usd(ops) + ")";
            String formula = overheadKeys.key == AllocationKey.EVEN
                    ? "(fixed + ops) / features on the stack"
                    : "(fixed + ops) x feature's " + overheadKeys.key.label() + " / stack's";
            String values = overheadKeys.key == AllocationKey.EVEN
                    ? amount + " / " + count(overheadKeys.total)
                    : amount + " x " + weight(overheadKeys, i) + " / " + weight(overheadKeys, -1);
            double v = b.fixed() + b.ops();
            out.add(new Explanation("fixed and ops" + on + " by " + keyLabel(overheadKeys), formula,
                    values + " = " + usd(v), v, "USD/month"));
        }
        if (b.extras() != 0) {
            out.add(new Explanation("extras" + on, "routing share x extras of the feature on the stack alone",
                    pct(p.share) + " x " + usd(p.pairExtras) + " = " + usd(b.extras()), b.extras(), "USD/month"));
        }
        return out;
    }

    /** The feature's monthly cost over its stacks, its CP1Ki and ROI. */
    static List<Explanation> featureTotals(Workload w, List<Allocated> parts, Breakdown monthly, double inferences,
                                           double c, Double roi) {
        List<Explanation> out = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (Allocated a : parts) {
            terms.append(terms.length() == 0 ? "" : " + ").append(usd(a.monthly().total()));
        }
        double cost = monthly.total();
        out.add(new Explanation("monthly cost (portfolio)", "sum over its stacks of the allocated costs",
                (parts.size() > 1 ? terms + " = " : "") + usd(cost), cost, "USD/month"));
        out.add(new Explanation("CP1Ki (portfolio)", "monthly cost / monthly inferences x 1,000",
                usd(cost) + " / " + count(inferences) + " x 1,000 = " + usd(1000 * c), 1000 * c,
                "USD per 1,000 inferences"));
        if (roi != null) {
            out.add(new Explanation("ROI multiple (portfolio)", "value per inference / cost per inference",
                    Fmt.usdInput(w.valuePerInference()) + " / " + usd(c) + " = " + Fmt.ratio(roi) + " ("
                            + RoiBand.of(roi).label() + ")", roi, "x"));
        }
        return out;
    }

    /** A stack's bill: the combined fleet and its cost, the keys' totals. */
    static List<Explanation> stack(Stack s, List<Part> parts, SharedFleet fleet, Keys fleetKeys, Keys overheadKeys,
                                   Breakdown monthly, double hours) {
        List<Explanation> out = new ArrayList<>();
        if (fleet != null) {
            fleet(s, parts, fleet, hours, out);
        } else {
            StringBuilder terms = new StringBuilder();
            for (Part p : parts) {
                terms.append(terms.length() == 0 ? "" : " + ").append(usd(p.tokens));
            }
            out.add(new Explanation("token cost", "sum over features of routing share x token cost",
                    (parts.size() > 1 ? terms + " = " : "") + usd(monthly.tokens()), monthly.tokens(), "USD/month"));
        }
        out.add(new Explanation("monthly cost", "tokens + GPU + fixed + ops + extras",
                usd(monthly.tokens()) + " + " + usd(monthly.gpu()) + " + " + usd(monthly.fixed()) + " + "
                        + usd(monthly.ops()) + " + " + usd(monthly.extras()) + " = " + usd(monthly.total()),
                monthly.total(), "USD/month"));
        out.add(new Explanation("overhead allocation key", "fixed and ops divided by " + keyLabel(overheadKeys),
                "total " + weight(overheadKeys, -1), overheadKeys.total, overheadKeys.unit()));
        return out;
    }

    private static void fleet(Stack s, List<Part> parts, SharedFleet f, double hours, List<Explanation> out) {
        SelfHostedGpu g = f.gpu;
        int n = f.instances;
        if (f.sized) {
            StringBuilder terms = new StringBuilder();
            for (Part p : parts) {
                if (p.takesGpuTime()) {
                    terms.append(terms.length() == 0 ? "" : " + ").append(count(p.modelVolume)).append(" / 24 x ")
                            .append(input(p.peakToAverage)).append(" x ").append(input(p.retry))
                            .append(" x ").append(Fmt.number(p.seconds)).append(" s");
                }
            }
            String c = f.coincidence == 1 ? "" : input(f.coincidence) + " x ";
            out.add(new Explanation("peak GPU demand", (f.coincidence == 1 ? "" : "c x ")
                    + "sum(V x share / 24 x P x retry factor x s)" + (f.coincidence == 1 ? "" : ", at least the mean"),
                    c + "(" + terms + ") = " + count(round2(f.peakSecondsPerHour)) + " GPU-s/hour",
                    f.peakSecondsPerHour, "GPU-seconds/hour"));
            out.add(new Explanation("instances", "max(N_min, ceil(D / (3600 x u)))",
                    "max(" + g.minInstances() + ", ceil(" + count(round2(f.peakSecondsPerHour)) + " / (3,600 x "
                            + input(g.utilisationCeiling()) + "))) = " + n, n, "instances"));
            out.add(new Explanation("realised utilisation", "mean GPU demand / (N x 3600)",
                    count(round2(f.meanSecondsPerHour)) + " / (" + n + " x 3,600) = " + pct(f.utilisation),
                    f.utilisation, "share"));
        } else {
            out.add(new Explanation("instances", "N_min (throughput unset, at least 1)",
                    "max(" + g.minInstances() + ", 1) = " + n, n, "instances"));
        }
        String h = count(hours);
        int nr = g.reservedInstances();
        double rr = g.rateFor(g.reservedTerm());
        if (nr == 0) {
            out.add(new Explanation("monthly GPU cost", "N x rate x H",
                    n + " x " + Fmt.usdInput(g.chosenRate()) + " x " + h + " = " + usd(f.gpuCost), f.gpuCost, "USD/month"));
        } else {
            out.add(new Explanation("monthly GPU cost", "N_r x reserved rate x H + max(0, N - N_r) x rate x H",
                    nr + " x " + Fmt.usdInput(rr) + " x " + h + " + " + Math.max(0, n - nr) + " x "
                            + Fmt.usdInput(g.chosenRate()) + " x " + h + " = " + usd(f.gpuCost), f.gpuCost, "USD/month"));
        }
        if (f.unusedReserved > 0) {
            out.add(new Explanation("unused reserved capacity", "max(0, N_r - N) x reserved rate x H",
                    "(" + nr + " - " + n + ") x " + Fmt.usdInput(rr) + " x " + h + " = " + usd(f.unusedReserved),
                    f.unusedReserved, "USD/month"));
        }
        Keys k = Keys.of(s.sharing().fleetKey(), parts);
        out.add(new Explanation("fleet allocation key", "GPU cost divided by " + keyLabel(k), "total " + weight(k, -1),
                k.total, k.unit()));
    }

    /** "GPU-seconds", or "requests (throughput unset)" when the stated key fell back. */
    static String keyLabel(Keys k) {
        return k.fellBack ? "requests (no GPU-seconds or tokens to divide by)" : k.key.label();
    }

    /** A weight (i >= 0) or the total (i < 0), with its unit: "1,234,567 GPU-s". */
    private static String weight(Keys k, int i) {
        double v = i < 0 ? k.total : k.weights[i];
        return count(Math.round(v)) + " " + k.unit();
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
