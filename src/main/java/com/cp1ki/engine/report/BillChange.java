package com.cp1ki.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The change of the monthly bill between two portfolios ("what if we move it"): the total, each
 * stack's monthly cost and each feature's monthly cost and CP1Ki, before and after. A stack or
 * feature absent on one side has a monthly cost of 0 there and a CP1Ki of NaN. USD.
 *
 * @param totalBefore the whole bill before
 * @param totalAfter  the whole bill after
 * @param stacks      every stack of either bill, the first bill's order first
 * @param features    every feature of either bill, likewise
 */
public record BillChange(double totalBefore, double totalAfter, List<StackChange> stacks,
                         List<FeatureChange> features) {

    public BillChange {
        stacks = List.copyOf(stacks);
        features = List.copyOf(features);
    }

    /** One stack's monthly cost before and after. */
    public record StackChange(String stack, double before, double after) {
        public double delta() {
            return after - before;
        }
    }

    /** One feature's allocated monthly cost and CP1Ki before and after. */
    public record FeatureChange(String workload, double monthlyBefore, double monthlyAfter, double cp1kiBefore,
                                double cp1kiAfter) {
        public double delta() {
            return monthlyAfter - monthlyBefore;
        }

        public double cp1kiDelta() {
            return cp1kiAfter - cp1kiBefore;
        }
    }

    /** After less before. */
    public double delta() {
        return totalAfter - totalBefore;
    }

    public static BillChange between(Portfolio before, Portfolio after) {
        Set<String> stackNames = new LinkedHashSet<>();
        before.stacks().forEach(s -> stackNames.add(s.stack()));
        after.stacks().forEach(s -> stackNames.add(s.stack()));
        List<StackChange> stacks = new ArrayList<>();
        for (String n : stackNames) {
            stacks.add(new StackChange(n, before.stack(n).map(StackBill::monthlyCost).orElse(0.0),
                    after.stack(n).map(StackBill::monthlyCost).orElse(0.0)));
        }
        Set<String> featureNames = new LinkedHashSet<>();
        before.features().forEach(f -> featureNames.add(f.workload()));
        after.features().forEach(f -> featureNames.add(f.workload()));
        List<FeatureChange> features = new ArrayList<>();
        for (String n : featureNames) {
            var b = before.feature(n);
            var a = after.feature(n);
            features.add(new FeatureChange(n, b.map(FeatureBill::monthlyCost).orElse(0.0),
                    a.map(FeatureBill::monthlyCost).orElse(0.0), b.map(FeatureBill::cp1ki).orElse(Double.NaN),
                    a.map(FeatureBill::cp1ki).orElse(Double.NaN)));
        }
        return new BillChange(before.total(), after.total(), stacks, features);
    }
}
