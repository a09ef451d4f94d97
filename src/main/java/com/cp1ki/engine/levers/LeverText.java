package com.cp1ki.engine.levers;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.report.Explanation;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.input;
import static com.cp1ki.engine.Fmt.usd;

/** The formulas of a lever waterfall with their inputs plugged in (written like the engine's other explanations). */
final class LeverText {
    private LeverText() {
    }

    static String pct(double share) {
        return Fmt.pct(share);
    }

    /** The stack without levers. */
    static List<Explanation> start(Stack stack, Stage s) {
        List<Explanation> out = new ArrayList<>();
        out.add(request(s.own(), "this stack's cost per request without levers", "I, O"));
        out.add(perInference(s, "cost per inference without levers"));
        if (s.own().fleet() != null) {
            out.add(instances(s, "instances without levers"));
        }
        out.add(monthly(s, "monthly cost without levers"));
        out.add(new Explanation("CP1Ki without levers", "cost per inference x 1,000",
                usd(s.perInference()) + " x 1,000 = " + usd(1000 * s.perInference()), 1000 * s.perInference(),
                "USD per 1,000 inferences"));
        return out;
    }

    /** One step: what the lever changes, the cost per inference and month after it, and its saving. */
    static List<Explanation> step(Stack stack, Stage before, Stage after, double without) {
        String lever = after.lever();
        String name = name(lever);
        List<Explanation> out = new ArrayList<>();
        Levers l = stack.levers();
        Priced own = after.own();
        switch (lever) {
            case LeverEngine.COMPRESSION -> {
                double in = before.own().meanIn();
                double r = l.compression().ratio();
                out.add(new Explanation("input tokens after compression", "I x (1 - r)", count(round2(in)) + " x (1 - "
                        + input(r) + ") = " + count(round2(in * (1 - r))), in * (1 - r), "tokens"));
                out.add(request(own, "this stack's cost per request after compression", "I x (1 - r), O"));
                Priced c = after.use(Role.COMPRESSOR);
                if (c != null) {
                    out.add(request(c, "compressor cost per request (" + c.use().stack() + ")", "I, I x (1 - r)"));
                }
            }
            case LeverEngine.CACHE -> out.add(new Explanation("requests reaching the model after the cache", "1 - h_s",
                    "1 - " + input(l.cache().hitShare()) + " = " + input(after.miss()), after.miss(), "share"));
            case LeverEngine.CASCADE -> {
                Priced first = after.use(Role.FIRST);
                out.add(request(first, "first stack's cost per request (" + first.use().stack() + ")",
                        after.keep() < 1 ? "I x (1 - r), O" : "I, O"));
                double e = l.cascade().escalationShare();
                out.add(new Explanation("requests escalated to this stack", after.miss() < 1 ? "(1 - h_s) x e" : "e",
                        (after.miss() < 1 ? input(after.miss()) + " x " : "") + input(e) + " = " + input(own.use().share()),
                        own.use().share(), "share"));
            }
            default -> out.add(batching(stack, before.own(), own));
        }
        if (own.fleet() != null) {
            out.add(instances(after, "instances after " + name));
        }
        out.add(perInference(after, "cost per inference after " + name));
        out.add(monthly(after, "monthly cost after " + name));
        double saving = before.total() - after.total();
        out.add(new Explanation("saving of " + name, "monthly cost before - monthly cost after",
                usd(before.total()) + " - " + usd(after.total()) + " = " + usd(saving)
                        + (without > 0 ? " (" + pct(saving / without) + " of " + usd(without) + " without levers)" : ""),
                saving, "USD/month"));
        return out;
    }

    static String name(String lever) {
        return switch (lever) {
            case LeverEngine.COMPRESSION -> "compression";
            case LeverEngine.CACHE -> "the semantic cache";
            case LeverEngine.CASCADE -> "the cascade";
            default -> "batching";
        };
    }

    /** The stage's cost per inference, term by term. */
    private static Explanation perInference(Stage s, String quantity) {
        double m = s.monthlyInferences();
        List<String> inF = new ArrayList<>();
        List<String> inV = new ArrayList<>();
        List<String> outF = new ArrayList<>();
        List<String> outV = new ArrayList<>();
        if (s.lookup() > 0) {
            outF.add("lookup");
            outV.add(usd(s.lookup()));
        }
        if (s.fee() > 0) {
            inF.add("compressor fee");
            inV.add(usd(s.fee()));
        }
        for (Role role : new Role[]{Role.COMPRESSOR, Role.FIRST, Role.OWN}) {
            Priced p = s.use(role);
            if (p == null) {
                continue;
            }
            String what = switch (role) {
                case COMPRESSOR -> "compressor";
                case FIRST -> "first stack";
                case OWN -> "this stack";
            };
            double share = p.use().share();
            if (share == 0) {
                if (p.usage().total() != 0) {
                    outF.add(what + " idle / monthly inferences");
                    outV.add(usd(p.usage().total() / m));
                }
                continue;
            }
            double perServed = p.usage().total() / (share * m);
            double coefficient = s.miss() > 0 ? share / s.miss() : share;
            if (coefficient != 1) {
                inF.add((role == Role.OWN ? "e" : input(coefficient)) + " x " + what);
                inV.add(input(coefficient) + " x " + usd(perServed));
            } else {
                inF.add(what);
                inV.add(usd(perServed));
            }
        }
        List<String> f = new ArrayList<>();
        List<String> v = new ArrayList<>();
        if (!outF.isEmpty() && outF.get(0).equals("lookup")) {
            f.add(outF.remove(0));
            v.add(outV.remove(0));
        }
        if (!inF.isEmpty()) {
            boolean group = inF.size() > 1;
            String jf = String.join(" + ", inF);
            String jv = String.join(" + ", inV);
            if (s.miss() < 1) {
                f.add("(1 - h_s) x " + (group ? "(" + jf + ")" : jf));
                v.add(input(s.miss()) + " x " + (group ? "(" + jv + ")" : jv));
            } else {
                f.add(jf);
                v.add(jv);
            }
        }
        f.addAll(outF);
        v.addAll(outV);
        if (s.overheads() > 0) {
            f.add("(fixed + ops) / monthly inferences");
            v.add(usd(s.overheads()) + " / " + count(m));
        }
        return new Explanation(quantity, String.join(" + ", f),
                String.join(" + ", v) + " = " + usd(s.perInference()), s.perInference(), "USD");
    }

    private static Explanation monthly(Stage s, String quantity) {
        return new Explanation(quantity, "cost per inference x monthly inferences",
                usd(s.perInference()) + " x " + count(s.monthlyInferences()) + " = " + usd(s.total()), s.total(),
                "USD/month");
    }

    /** What one request served by a use costs: an API's mean request price, or a fleet's cost per request served. */
    private static Explanation request(Priced p, String quantity, String tokens) {
        if (p.fleet() == null) {
            double c = p.meanRequest() * p.retry() + p.extras();
            StringBuilder f = new StringBuilder("E[request(" + tokens + ")]");
            StringBuilder v = new StringBuilder("E[request(" + count(round2(p.meanIn())) + ", "
                    + count(round2(p.meanOut())) + ")] = " + usd(p.meanRequest()));
            if (p.retry() != 1) {
                f.append(" x retry factor");
                v.append(" x ").append(input(p.retry()));
            }
            if (p.extras() != 0) {
                f.append(" + extras");
                v.append(" + ").append(usd(p.extras()));
            }
            return new Explanation(quantity, f.toString(), v + (p.retry() != 1 || p.extras() != 0 ? " = " + usd(c) : ""),
                    c, "USD");
        }
        Fleet fl = p.fleet();
        double served = p.monthlyServed();
        double c = served > 0 ? p.usage().total() / served : 0;
        String sec = fl.sized() ? " (E[s] at " + count(round2(p.meanIn())) + " input and "
                + count(round2(p.meanOut())) + " output tokens = " + Fmt.number(fl.secondsPerRequest()) + " s)" : "";
        return new Explanation(quantity, "(fleet + extras) / requests served a month",
                "(" + usd(fl.gpuCost()) + " for " + fl.instances() + " instance(s)" + sec + " + " + usd(p.usage().extras())
                        + ") / " + count(served) + " = " + usd(c), c, "USD");
    }

    private static Explanation batching(Stack stack, Priced before, Priced after) {
        if (stack.serving() instanceof ManagedApi a) {
            return new Explanation("this stack's request cost with batching",
                    "model(I, O) x (1 - b d) x (1 + fee%) + fee per request",
                    usd(before.meanRequest()) + " at batch share 0; x (1 - " + input(a.batchShare()) + " x "
                            + input(a.batchDiscount()) + ") on the model price = " + usd(after.meanRequest()),
                    after.meanRequest(), "USD");
        }
        double b = stack.levers().batching().offPeakShare();
        double p = before.fleet().peakToAverage();
        double q = after.fleet().peakToAverage();
        return new Explanation("peak-to-average after off-peak batching", "max(P x (1 - b), 1)",
                "max(" + input(p) + " x (1 - " + input(b) + "), 1) = " + input(q), q, "ratio");
    }

    /** N of this stack's fleet in a stage. */
    private static Explanation instances(Stage s, String quantity) {
        Fleet f = s.own().fleet();
        if (!f.sized()) {
            return new Explanation(quantity, "N_min (throughput unset, at least 1)",
                    "max(" + f.minInstances() + ", 1) = " + f.instances(), f.instances(), "instances");
        }
        double share = s.own().use().share();
        String demand = share == 1 ? count(round2(f.workloadVolume()))
                : count(round2(f.workloadVolume())) + " x " + input(share);
        return new Explanation(quantity, "max(N_min, ceil(V x share / 24 x P x retry factor / (cap x u)))",
                "max(" + f.minInstances() + ", ceil(" + demand + " / 24 x " + input(f.peakToAverage()) + " x "
                        + input(f.retry()) + " / (" + count(round2(f.capacityPerHour())) + " x " + input(f.ceiling())
                        + "))) = " + f.instances(), f.instances(), "instances");
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
