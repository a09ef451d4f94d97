package com.cp1ki.engine;

import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Sharing;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio over random projects: allocation is exact, and one feature alone is the pairwise result. */
class PortfolioPropertiesTest {

    static final double REL = 1e-9;

    /** A random portfolio: 2-8 workloads on 2-6 stacks, each routed to 1-3 of them with random shares and keys. */
    static Project randomPortfolio(RandomProjects r, java.util.Random rnd) {
        int ns = 2 + rnd.nextInt(5);
        List<Stack> stacks = new ArrayList<>();
        for (int k = 0; k < ns; k++) {
            Stack s = r.stack("s" + k, r.chance(0.3));
            stacks.add(s.withSharing(randomSharing(s, r, rnd)));
        }
        int nw = 2 + rnd.nextInt(7);
        List<Workload> workloads = new ArrayList<>();
        for (int k = 0; k < nw; k++) {
            Workload w = r.workload("w" + k, r.chance(0.3) ? 200 : 0);
            if (r.chance(0.85)) {
                w = w.withRouting(randomRoutes(stacks, r, rnd));
            }
            workloads.add(w);
        }
        return new Project("random", Settings.DEFAULT, workloads, stacks, List.of());
    }

    static Sharing randomSharing(Stack s, RandomProjects r, java.util.Random rnd) {
        AllocationKey[] overhead = s.serving() instanceof SelfHostedGpu
                ? new AllocationKey[]{AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, AllocationKey.EVEN}
                : new AllocationKey[]{AllocationKey.REQUESTS, AllocationKey.EVEN};
        AllocationKey[] fleet = {AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, AllocationKey.TOKENS};
        if (s.serving() instanceof SelfHostedGpu) {
            return new Sharing(fleet[rnd.nextInt(3)], overhead[rnd.nextInt(3)], r.chance(0.5) ? r.between(0.2, 1) : 1);
        }
        return new Sharing(null, overhead[rnd.nextInt(2)], 1);
    }

    static List<Route> randomRoutes(List<Stack> stacks, RandomProjects r, java.util.Random rnd) {
        List<Stack> pick = new ArrayList<>(stacks);
        Collections.shuffle(pick, rnd);
        int n = 1 + rnd.nextInt(Math.min(3, pick.size()));
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = r.chance(0.1) ? 0 : r.between(0.05, 1);
            sum += w[i];
        }
        if (sum == 0) {
            w[0] = sum = 1;
        }
        List<Route> routes = new ArrayList<>();
        double left = 1;
        for (int i = 0; i < n; i++) {
            double share = i == n - 1 ? Math.max(0, left) : w[i] / sum;
            left -= share;
            routes.add(new Route(pick.get(i).name(), share));
        }
        return routes;
    }

    static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void allocatedCostsAddUpToTheBillInRandomPortfolios() {
        RandomProjects r = new RandomProjects(1010);
        java.util.Random rnd = new java.util.Random(1011);
        for (int trial = 0; trial < 200; trial++) {
            Project p = randomPortfolio(r, rnd);
            Portfolio bill = CostEngine.report(p).portfolio();
            String at = "trial " + trial;
            double stacks = bill.stacks().stream().mapToDouble(StackBill::monthlyCost).sum();
            assertRelative(bill.total(), stacks, at + ": the total is the sum of the stacks");
            assertRelative(bill.total(), bill.allocated() + bill.unusedReserved(), at + ": every dollar is allocated");
            for (StackBill s : bill.stacks()) {
                double toFeatures = 0;
                for (FeatureBill f : bill.features()) {
                    for (FeatureShare x : f.stacks()) {
                        if (x.stack().equals(s.stack())) {
                            toFeatures += x.monthly().total();
                        }
                    }
                }
                assertRelative(s.monthlyCost(), toFeatures + s.unusedReserved(), at + ": stack " + s.stack());
            }
            for (FeatureBill f : bill.features()) {
                double parts = f.stacks().stream().mapToDouble(x -> x.monthly().total()).sum();
                assertRelative(f.monthlyCost(), parts, at + ": feature " + f.workload());
                assertTrue(f.monthlyCost() >= 0 && Double.isFinite(f.cp1ki()), at);
                for (FeatureShare x : f.stacks()) {
                    assertTrue(x.overheadShare() >= 0 && x.overheadShare() <= 1 + 1e-12, at);
                }
            }
            long routed = p.workloads().stream().filter(Workload::routed).count();
            assertEquals(routed, bill.features().size(), at);
        }
    }

    @Test
    void oneWorkloadRoutedWhollyToOneStackIsExactlyThePairwiseResult() {
        RandomProjects r = new RandomProjects(1020);
        for (int trial = 0; trial < 200; trial++) {
            Stack s = r.stack("s", r.chance(0.3));
            if (s.serving() instanceof SelfHostedGpu g && g.reservedInstances() > 0) {
                s = s.withServing(r.gpu()); // idle reserved capacity is a line of its own; see the next test
            }
            Workload w = r.workload("w", r.chance(0.3) ? 200 : 0).withRouting(List.of(new Route("s", 1)));
            Report report = CostEngine.report(new Project("one", Settings.DEFAULT, List.of(w), List.of(s), List.of()));
            StackResult pair = report.results().get(0);
            StackBill sb = report.portfolio().stacks().get(0);
            FeatureBill f = report.portfolio().features().get(0);
            String at = "trial " + trial;
            assertEquals(pair.monthly(), sb.monthly(), at);
            assertEquals(pair.instances(), sb.instances(), at);
            if (sb.unusedReserved() == 0) {
                assertEquals(pair.monthly(), f.monthly(), at);
                assertEquals(pair.monthlyCost(), f.monthlyCost(), 0, at);
                assertEquals(pair.costPerInference(), f.costPerInference(), 0, at);
                assertEquals(pair.cp1ki(), f.cp1ki(), 0, at);
                assertEquals(pair.monthlyInferences(), f.monthlyInferences(), 0, at);
                assertEquals(pair.utilisation(), sb.utilisation(), at);
                assertEquals(pair.monthlyCost(), report.portfolio().total(), 0, at);
            }
        }
    }

    @Test
    void oneWorkloadWithIdleReservedInstancesPaysThePairwiseCostLessTheIdleLine() {
        RandomProjects r = new RandomProjects(1030);
        for (int trial = 0; trial < 100; trial++) {
            SelfHostedGpu g = r.gpu();
            g = new SelfHostedGpu(g.instanceType(), 1, g.onDemandRate(), g.reserved1yRate(), g.reserved1yDiscount(),
                    g.reserved3yRate(), g.reserved3yDiscount(), g.spotRate(), g.rate(), g.outputTokensPerSecond(),
                    g.inputTokensPerSecond(), g.utilisationCeiling(), g.minInstances(), 50, g.reservedTerm(), null);
            Stack s = new Stack("s", true, g, r.common());
            Workload w = r.workload("w", 0).withVolume(1000).withRouting(List.of(new Route("s", 1)));
            Report report = CostEngine.report(new Project("one", Settings.DEFAULT, List.of(w), List.of(s), List.of()));
            StackResult pair = report.results().get(0);
            Portfolio bill = report.portfolio();
            assertEquals(pair.monthlyCost(), bill.total(), 0);
            Breakdown b = bill.features().get(0).monthly();
            assertRelative(pair.monthlyCost(), b.total() + bill.unusedReserved(), "trial " + trial);
        }
    }
}
