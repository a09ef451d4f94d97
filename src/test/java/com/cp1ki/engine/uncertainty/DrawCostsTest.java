package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.DrawCosts;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast path of a draw ({@link DrawCosts}, through {@link Evaluator}) against the oracle, the
 * full report, over many random draws: each draw moves a random handful of the project's numbers
 * (any rangeable number, token scales included) by a random factor, and every followed output
 * (CP1Ki, monthly cost, ROI, crossovers, plan margins and unprofitable shares, the bill) must agree
 * to 1e-9 relative, or both must refuse the draw.
 */
class DrawCostsTest {
    static final double REL = 1e-9;
    /** Random draws per project: 120 in the build; -Dcp1ki.drawCosts.draws=5000 for a longer campaign. */
    static final int DRAWS = Integer.getInteger("cp1ki.drawCosts.draws", 120);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summariser-ranges", "summariser-seed", "portfolio", "azure-llm-traces",
            "azure-llm-traces@tier", "plans-inr-subscription", "levers", "levers@routed", "levers@planStackOff"})
    void everyRandomDrawEqualsTheFullReportAtTheSameInputs(String name) throws Exception {
        Project p = load(name);
        Report point = CostEngine.report(p);
        Outputs outputs = new Outputs(point);
        Evaluator fast = new Evaluator(p, point, outputs);
        assertTrue(fast.fast(), name + " takes the fast path");
        List<FieldPath> inputs = Inputs.all(p);
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        int compared = 0;
        int refused = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            Project q = p;
            List<String> moved = new ArrayList<>();
            int count = 1 + rnd.nextInt(draw % 3 == 0 ? inputs.size() : 4);
            for (int m = 0; m < count; m++) {
                FieldPath path = inputs.get(rnd.nextInt(inputs.size()));
                double v = Inputs.value(q, path);
                double to = Bounds.of(path).clamp(v == 0 ? rnd.nextDouble() : v * (0.3 + 1.4 * rnd.nextDouble()));
                try {
                    q = Inputs.with(q, path, to);
                    moved.add(path + " = " + to);
                } catch (InvalidInputException | MissingFieldException e) {
                    // a value the record refuses alone (e.g. a minimum above a maximum): not a draw of this test
                }
            }
            double[] expected;
            try {
                expected = outputs.row(CostEngine.report(q));
            } catch (InvalidInputException e) {
                refused++;
                Project r = q;
                List<String> why = moved;
                InvalidInputException fastToo = org.junit.jupiter.api.Assertions.assertThrows(
                        InvalidInputException.class, () -> fast.row(r), () -> "the full report refuses " + why + " ("
                                + e.getMessage() + ") but the fast path does not");
                assertEquals(e.getMessage(), fastToo.getMessage());
                continue;
            }
            double[] got = fast.row(q);
            for (int k = 0; k < got.length; k++) {
                close(expected[k], got[k], outputs.list.get(k).key() + " after " + moved);
            }
            compared++;
        }
        assertTrue(compared > DRAWS * 3 / 4, name + ": " + compared + " draws compared, " + refused + " refused");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"portfolio", "azure-llm-traces@tier"})
    void scaledDistributionsWithLongContextTiersEqualTheFullReport(String name) throws Exception {
        Project p = load(name);
        Report point = CostEngine.report(p);
        Outputs outputs = new Outputs(point);
        Evaluator fast = new Evaluator(p, point, outputs);
        for (String w : p.workloads().stream().map(x -> x.name()).toList()) {
            for (double f : new double[]{0.25, 0.5, 0.999, 1.001, 1.7, 3, 8}) {
                Project q = Inputs.with(Inputs.with(p, Inputs.scale(w, true), f), Inputs.scale(w, false), 2 / f);
                double[] expected = outputs.row(CostEngine.report(q));
                double[] got = fast.row(q);
                for (int k = 0; k < got.length; k++) {
                    close(expected[k], got[k], outputs.list.get(k).key() + " at scale " + f + " on " + w);
                }
            }
        }
    }

    /**
     * A sample project; "NAME@tier" with every long-context threshold lowered to 1,500 input tokens,
     * so the tier splits the measured distribution (the samples' 200,000-token tiers price no request);
     * "NAME@routed" with every workload routed half to the first stack and half to the last (so the
     * portfolio bills levered fleets); "NAME@planStackOff" with the first plan's (levered) stack disabled
     * (its margins still use that stack's cost, after its levers).
     */
    static Project load(String name) throws Exception {
        boolean tier = name.endsWith("@tier");
        Project p = ProjectFiles.load(Path.of("sample-projects", name.replaceAll("@.*", "") + ".cp1ki"));
        if (name.endsWith("@planStackOff")) {
            // the first plan served by the last stack (levers on; nothing cascades from it), disabled
            String off = p.stacks().get(p.stacks().size() - 1).name();
            assertTrue(p.stack(off).orElseThrow().levers().any(), "the stack has levers on");
            com.cp1ki.engine.model.Plan a = p.plans().get(0);
            p = p.withPlans(List.of(new com.cp1ki.engine.model.Plan(a.name(), a.pricePerUserMonth(),
                    a.includedInferences(), a.overagePer1000(), a.workloads(), off, a.usage(), a.powerUserUsage())));
            p = p.withStacks(p.stacks().stream().map(s -> s.name().equals(off) ? s.withEnabled(false) : s).toList());
        }
        if (name.endsWith("@routed")) {
            String first = p.stacks().get(0).name();
            String last = p.stacks().get(p.stacks().size() - 1).name();
            p = p.withWorkloads(p.workloads().stream().map(w -> w.withRouting(List.of(
                    new com.cp1ki.engine.model.Route(first, 0.5), new com.cp1ki.engine.model.Route(last, 0.5)))).toList());
        }
        if (tier) {
            int lowered = 0;
            for (var s : p.stacks()) {
                if (s.serving() instanceof com.cp1ki.engine.model.ManagedApi a && a.longContext() != null) {
                    p = com.cp1ki.engine.field.Fields.with(p, FieldPath.parse("stacks[" + s.name()
                            + "].serving.longContext.thresholdTokens"), 1500.0);
                    lowered++;
                }
            }
            assertTrue(lowered > 0, name + " has a long-context tier");
        }
        return p;
    }

    static void close(double expected, double got, String what) {
        if (Double.isNaN(expected) || Double.isNaN(got)) {
            assertEquals(expected, got, 0.0, what);
            return;
        }
        assertEquals(expected, got, REL * Math.max(Math.abs(expected), 1e-300), what);
    }

    @org.junit.jupiter.api.Test
    void theFastPathCoversTheLargeProjectShapesOfTheSamples() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
        assertNotNull(DrawCosts.of(p, CostEngine.report(p)));
    }
}
