package com.cp1ki.engine;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.levers.Fleet;
import com.cp1ki.engine.levers.LeverEngine;
import com.cp1ki.engine.levers.Priced;
import com.cp1ki.engine.levers.Stage;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.pct;
import static com.cp1ki.engine.Fmt.usd;

/**
 * The result of a stack whose levers are on (docs/cost-model.md, "Optimisation levers"): every
 * headline number is the last lever stage's, the cost distribution is over the requests' costs
 * with the levers (a {@link CostSum}), and the explanations run from the cost without levers down
 * each step.
 */
final class LeverCost {
    private LeverCost() {
    }

    /** The run of a stack's levers for the workload priced by {@code pricing}, or null when it has none. */
    static LeverEngine.Run run(Stack stack, LeverPricing pricing) {
        return stack.hasLevers() ? LeverEngine.run(stack, pricing.monthlyInferences, pricing) : null;
    }

    /** The cost of a request with the levers, as a function of its tokens; its weighted mean is the cost per inference. */
    static RequestCost perRequest(LeverEngine.Run run, LeverPricing pricing) {
        Stage last = run.last();
        List<LinearCost> terms = new ArrayList<>();
        for (Priced p : last.uses()) {
            terms.add(pricing.served(p.use()).perInference());
        }
        return new CostSum(terms, last.lookup() + last.miss() * last.fee() + last.overheads() / last.monthlyInferences());
    }

    /**
     * The result's numbers without its cost distribution and explanations (what a Monte Carlo draw
     * and the portfolio read): cost per inference, monthly cost and inferences, the last stage's
     * breakdown and fleet, the ROI multiple, the levers' steps.
     */
    static StackResult costs(Workload w, Stack s, Settings settings, LeverEngine.Run run) {
        Stage last = run.last();
        double m = last.monthlyInferences();
        double monthly = last.total();
        double c = monthly / m;
        Double value = w.valuePerInference();
        Fleet f = last.own().fleet();
        return new StackResult(w.name(), s.name(), f == null ? "api" : "gpu", c, 1000 * c, monthly / settings.daysPerMonth(),
                monthly, m, last.monthly(), f == null ? null : f.instances(), null,
                value == null ? null : value / c, null, null, null, null, Double.NaN, Double.NaN, null, null, List.of(),
                value, run.result());
    }

    static StackResult result(Workload w, Stack s, Settings settings, LeverEngine.Run run, LeverPricing pricing,
                              CostDistribution dist, Summary in, Summary out) {
        Stage last = run.last();
        double m = last.monthlyInferences();
        double monthly = last.total();
        double c = monthly / m;
        CostDistribution.Result d = dist.of(pricing.points, perRequest(run, pricing));
        Double value = w.valuePerInference();
        Roi roi = Roi.of(value, c, d.cost().p95());
        List<Explanation> ex = new ArrayList<>(run.result().explanations());
        for (LeverStep step : run.result().steps()) {
            ex.addAll(step.explanations());
        }
        ex.add(new Explanation("monthly inferences", "inferences per day x days per month",
                count(w.inferencesPerDay()) + " x " + count(settings.daysPerMonth()) + " = " + count(m), m,
                "inferences/month"));
        ex.add(new Explanation("monthly cost", "monthly cost after the last lever", usd(monthly), monthly, "USD/month"));
        ex.add(new Explanation("cost per inference", "monthly cost / monthly inferences",
                usd(monthly) + " / " + count(m) + " = " + usd(c), c, "USD"));
        ex.add(new Explanation("CP1Ki", "monthly cost / monthly inferences x 1,000",
                usd(monthly) + " / " + count(m) + " x 1,000 = " + usd(1000 * c), 1000 * c, "USD per 1,000 inferences"));
        double daily = monthly / settings.daysPerMonth();
        ex.add(new Explanation("daily cost", "monthly cost / days per month",
                usd(monthly) + " / " + count(settings.daysPerMonth()) + " = " + usd(daily), daily, "USD/day"));
        if (roi != null) {
            String v = Roi.valueText(value, settings);
            ex.add(roi.explainMean(v, c));
            ex.add(roi.explainP95(v, d.cost().p95()));
            ex.add(Roi.explainCostToValue(value, v, c));
            ex.add(Roi.explainNetValue(value, v, c));
        }
        Fleet f = last.own().fleet();
        Integer n = f == null ? null : f.instances();
        Double u = f == null || !f.sized() || Double.isNaN(f.utilisation()) ? null : f.utilisation();
        return new StackResult(w.name(), s.name(), f == null ? "api" : "gpu", c, 1000 * c, daily, monthly, m,
                last.monthly(), n, u, roi == null ? null : roi.multiple(), roi == null ? null : roi.band(),
                roi == null ? null : roi.multipleP95(), roi == null ? null : roi.bandP95(), d.cost(), d.p95OverP50(),
                d.tailShare(), in, out, ex, value, run.result());
    }

    /** The fleet warnings of the stack's own fleet after its levers, and a warning for each lever that costs more than it saves. */
    static void warnings(Workload w, Stack s, LeverEngine.Run run, List<Warning> out) {
        String subject = s.name() + " / " + w.name();
        for (LeverStep step : run.result().steps()) {
            if (step.saving() < 0) {
                out.add(new Warning("lever-adds-cost", subject, step.label() + " adds " + usd(-step.saving())
                        + " a month to " + s.name() + " serving " + w.name() + ": it costs more than it saves."));
            }
        }
        if (!s.levers().any()) {
            return;
        }
        Fleet f = run.last().own().fleet();
        if (f == null) {
            return;
        }
        if (!f.sized()) {
            out.add(new Warning("throughput-unset", subject, "Throughput of " + s.name()
                    + " is not set, so the fleet is " + f.instances() + " instance(s) whatever the demand."));
            return;
        }
        if (f.instances() > 0 && f.utilisation() < StackCost.UNDERUSED) {
            out.add(new Warning("fleet-underused", subject, "With its levers, the fleet of " + f.instances() + " is only "
                    + pct(f.utilisation()) + " utilised on average; you pay for idle GPUs."));
        }
        double peak = f.utilisation() * f.peakToAverage();
        if (f.instances() > 0 && peak >= StackCost.AT_CEILING * f.ceiling()) {
            out.add(new Warning("demand-at-ceiling", subject, "With its levers, peak demand uses " + pct(peak)
                    + " of the fleet's capacity, at its " + pct(f.ceiling())
                    + " ceiling: a little more traffic needs another instance."));
        }
        int nr = ((com.cp1ki.engine.model.SelfHostedGpu) s.serving()).reservedInstances();
        if (nr > f.instances()) {
            out.add(new Warning("reserved-unused", subject, nr + " reserved instances are paid for but only "
                    + f.instances() + " are needed with the levers."));
        }
    }
}
