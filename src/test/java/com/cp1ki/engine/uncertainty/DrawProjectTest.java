package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.FieldSetter;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draw's project is one copy: the drawn numbers and the token scales set in one pass
 * ({@link FieldSetter.Batch} with {@link Inputs#scaleChanges}), equal to setting every input one
 * after another ({@link Inputs#with}: the numbers, then the scales), and a draw that breaks a rule
 * of the model is still refused with the record's own message.
 */
class DrawProjectTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summariser-ranges", "azure-llm-traces", "portfolio", "levers"})
    void oneCopyEqualsSettingTheInputsOneAfterAnother(String name) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki"));
        List<FieldPath> all = Inputs.all(p);
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        int checked = 0;
        for (int t = 0; t < 80; t++) {
            List<FieldPath> numbers = new ArrayList<>();
            List<FieldPath> scales = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(10); k++) {
                FieldPath f = all.get(rnd.nextInt(all.size()));
                List<FieldPath> to = Inputs.isScale(f) ? scales : numbers;
                if (!to.contains(f)) {
                    to.add(f);
                }
            }
            double[] values = new double[numbers.size() + scales.size()];
            int[] at = new int[scales.size()];
            Project expected = p;
            try {
                for (int k = 0; k < values.length; k++) {
                    FieldPath f = k < numbers.size() ? numbers.get(k) : scales.get(k - numbers.size());
                    values[k] = Inputs.value(p, f) * (0.7 + 0.7 * rnd.nextDouble());
                    expected = Inputs.with(expected, f, values[k]);
                }
            } catch (InvalidInputException | MissingFieldException e) {
                continue;
            }
            for (int k = 0; k < at.length; k++) {
                at[k] = numbers.size() + k;
            }
            FieldSetter.Batch batch = new FieldSetter.Batch(p,
                    numbers.stream().map(f -> FieldSetter.of(p, f)).toList(), Inputs.scaleChanges(p, scales, at));
            Project got = batch.with(p, values);
            assertEquals(expected, got, numbers + " " + scales);
            for (int w = 0; w < p.workloads().size(); w++) {
                // a scaled distribution wraps the measured one itself, which a draw's token tables are found by
                Object measured = ScaledTokens.unscaled(p.workloads().get(w).tokens());
                if (ScaledTokens.unscaled(expected.workloads().get(w).tokens()) == measured) {
                    assertSame(measured, ScaledTokens.unscaled(got.workloads().get(w).tokens()));
                }
            }
            checked++;
        }
        assertTrue(checked > 40, checked + " draws checked");
    }

    @Test
    void aDrawThatBreaksARuleIsRefusedWithTheRecordsMessage() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", "summariser-ranges.cp1ki"));
        String median = "plans[Pro].usage.median";
        // a median drawn above the plan's p95 (1,000) breaks the usage model's rule
        Uncertainty u = p.uncertainty().withDraws(400).withRange(median, Range.uniform(200, 1_400));
        Project q = p.withUncertainty(u);
        Simulator sim = UncertaintyEngine.simulator(q, 7, 400);
        sim.run(0, 400);
        Ranged ranged = Ranged.of(q, Inputs::movesTheReport);
        int expected = 0;
        String first = null;
        for (int i = 0; i < 400; i++) {
            Project d = q;
            String why = null;
            try {
                for (Ranged.Input in : ranged.inputs()) {
                    d = Inputs.with(d, in.path(), in.draw(SeededDraws.stream(7, in.path().toString()), i));
                }
            } catch (InvalidInputException e) {
                why = e.getMessage();
            }
            assertEquals(why != null, Double.isNaN(sim.drawRow(i)[0]), "draw " + i);
            if (why != null) {
                expected++;
                first = first == null ? "draw " + (i + 1) + ": " + why : first;
            }
        }
        assertTrue(expected > 20, expected + " draws refused");
        Simulation s = sim.result();
        assertEquals(expected, s.refused());
        String firstWhy = first;
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("(first: " + firstWhy + ")")), s.warnings().toString());
    }
}
