package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Curves#sameInputs}, which lets a Monte Carlo draw take the base project's curve of a
 * pairing instead of building it: whenever it says two pairings have the same curve inputs, their
 * curves are equal, over every number of the samples moved one at a time (a workload's volume
 * leaves its curves alone; a stack's price or throughput changes that stack's curves only).
 */
class CurveInputsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summariser-ranges", "portfolio", "azure-llm-traces", "plans-inr-subscription"})
    void pairingsWithTheSameCurveInputsHaveEqualCurves(String name) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki"));
        List<FieldPath> numbers = Fields.all(p).stream()
                .filter(f -> f.kind() == Fields.Kind.NUMBER && f.value() != null).map(Fields.Field::path).toList();
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        int same = 0;
        int changed = 0;
        for (FieldPath path : numbers) {
            Project q;
            try {
                q = Fields.with(p, path, Fields.number(p, path) * (0.5 + rnd.nextDouble()) + 1e-3);
            } catch (InvalidInputException e) {
                continue;
            }
            for (int w = 0; w < p.workloads().size(); w++) {
                for (int s = 0; s < p.stacks().size(); s++) {
                    Stack st = p.stacks().get(s);
                    if (!st.enabled() || st.levers().any()) {
                        continue;
                    }
                    Pairing x = pairing(p, w, s);
                    Pairing y;
                    try {
                        y = pairing(q, w, s);
                    } catch (InvalidInputException e) {
                        continue;
                    }
                    boolean sameInputs = Curves.sameInputs(x, y);
                    if (sameInputs) {
                        same++;
                        assertEquals(Curves.of(x, true), Curves.of(y, true), path + " on " + st.name());
                    } else {
                        changed++;
                    }
                    if (path.toString().startsWith("workloads[") && path.toString().endsWith(".inferencesPerDay")) {
                        assertTrue(sameInputs, "a volume moves no curve: " + path);
                    }
                    if (path.toString().startsWith("stacks[" + st.name() + "]")) {
                        assertFalse(sameInputs, "a number of the stack itself: " + path);
                    }
                }
            }
        }
        assertTrue(same > 20 && changed > 5, name + ": both answers occur: " + same + " same, " + changed + " changed");
    }

    private static Pairing pairing(Project p, int w, int s) {
        Workload wl = p.workloads().get(w);
        return new Pairing(wl, p.stacks().get(s), p.settings(), new TokenPoints(wl.tokens()));
    }
}
