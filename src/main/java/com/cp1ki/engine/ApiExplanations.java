package com.cp1ki.engine;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.report.Explanation;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.input;
import static com.cp1ki.engine.Fmt.usd;

/** How a managed-API result was computed, written the way seed 004 writes it. */
final class ApiExplanations {
    private ApiExplanations() {
    }

    static List<Explanation> of(Pairing s) {
        ManagedApi a = (ManagedApi) s.stack.serving();
        List<Explanation> out = new ArrayList<>();
        boolean usageOnly = s.retry == 1 && s.extrasPerInference == 0;
        boolean noOverhead = s.fixed == 0 && s.ops == 0;
        String requestName = usageOnly && noOverhead ? "cost per inference" : "request cost";
        out.add(request(a, s, requestName));
        double usage = s.meanRequest * s.retry + s.extrasPerInference;
        if (!usageOnly) {
            StringBuilder f = new StringBuilder("request cost");
            StringBuilder v = new StringBuilder(usd(s.meanRequest));
            if (s.retry != 1) {
                f.append(" x retry factor");
                v.append(" x ").append(input(s.retry));
            }
            if (s.extrasPerInference != 0) {
                f.append(" + per-request extras");
                v.append(" + ").append(usd(s.extrasPerInference));
            }
            String name = noOverhead ? "cost per inference" : "usage cost per inference";
            out.add(new Explanation(name, f.toString(), v + " = " + usd(usage), usage, "USD"));
        }
        String usageName = noOverhead ? "cost per inference" : "usage cost per inference";
        out.add(Headlines.monthlyInferences(s));
        StringBuilder f = new StringBuilder(usageName + " x monthly inferences");
        StringBuilder v = new StringBuilder(usd(usage) + " x " + count(s.monthlyInferences));
        Headlines.appendOverheads(s, f, v);
        out.add(new Explanation("monthly cost", f.toString(), v + " = " + usd(s.monthlyCost()), s.monthlyCost(), "USD/month"));
        if (!noOverhead) {
            out.add(Headlines.costPerInference(s));
        }
        out.add(Headlines.cp1kiFromCost(s));
        out.add(Headlines.daily(s));
        return out;
    }

    private static Explanation request(ManagedApi a, Pairing s, String name) {
        TokenPoints p = s.points;
        String i = count(round2(p.meanIn));
        String o = count(round2(p.meanOut));
        String unit = "USD";
        if (ApiCost.plain(a)) {
            return new Explanation(name, "(I x p_in + O x p_out) / 1,000,000",
                    "(" + i + " x " + input(a.inputPrice()) + " + " + o + " x " + input(a.outputPrice())
                            + ") / 1,000,000 = " + usd(s.meanRequest), s.meanRequest, unit);
        }
        LongContextTier t = a.longContext();
        if (t != null && p.n > 1) {
            double share = p.shareAbove(t.thresholdTokens());
            return new Explanation(name,
                    "E[request(I, O)] over the token distribution; requests with I > " + count(t.thresholdTokens())
                            + " at long-context prices",
                    Fmt.pct(share) + " of requests above the threshold; mean over " + count(p.n)
                            + " points = " + usd(s.meanRequest), s.meanRequest, unit);
        }
        boolean tier = t != null && p.meanIn > t.thresholdTokens();
        double pin = tier ? t.inputPrice() : a.inputPrice();
        double pcr = tier ? t.cacheReadPrice() : a.cacheReadPrice();
        double pcw = tier ? t.cacheWritePrice() : a.cacheWritePrice();
        double pout = tier ? t.outputPrice() : a.outputPrice();
        double h = a.cacheReadShare();
        double w = a.cacheWriteShare();
        StringBuilder f = new StringBuilder("[I(1 - h - w) x p_in");
        StringBuilder v = new StringBuilder("[" + i + " x " + input(1 - h - w) + " x " + input(pin));
        if (h > 0) {
            f.append(" + I h x p_cr");
            v.append(" + ").append(i).append(" x ").append(input(h)).append(" x ").append(input(pcr));
        }
        if (w > 0) {
            f.append(" + I w x p_cw");
            v.append(" + ").append(i).append(" x ").append(input(w)).append(" x ").append(input(pcw));
        }
        f.append(" + O x p_out] / 1,000,000");
        v.append(" + ").append(o).append(" x ").append(input(pout)).append("] / 1,000,000");
        if (a.batchShare() > 0 && a.batchDiscount() > 0) {
            f.append(" x (1 - b d)");
            v.append(" x (1 - ").append(input(a.batchShare())).append(" x ").append(input(a.batchDiscount())).append(")");
        }
        if (a.platformFeePct() > 0) {
            f.append(" x (1 + fee%)");
            v.append(" x (1 + ").append(input(a.platformFeePct())).append(")");
        }
        if (a.feePerRequest() > 0) {
            f.append(" + fee per request");
            v.append(" + ").append(usd(a.feePerRequest()));
        }
        if (tier) {
            f.append(" (long-context prices: I > ").append(count(t.thresholdTokens())).append(")");
        }
        return new Explanation(name, f.toString(), v + " = " + usd(s.meanRequest), s.meanRequest, unit);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
