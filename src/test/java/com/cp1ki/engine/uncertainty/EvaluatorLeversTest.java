package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project with optimisation levers is simulated through full reports, which price the levers
 * (the fast path prices stacks as they stand): a draw's outputs equal the full report's.
 */
class EvaluatorLeversTest {

    @Test
    void aLeveredProjectsDrawsAreItsFullReports() throws Exception {
        Project levers = ProjectFiles.load(Path.of("sample-projects/levers.cp1ki"));
        assertFalse(Evaluator.leverFree(levers));
        Report point = CostEngine.report(levers, CostEngine.Detail.NOW);
        Outputs outputs = new Outputs(point);
        Evaluator e = new Evaluator(levers, point, outputs);
        assertFalse(e.fast());
        FieldPath volume = FieldPath.parse("workloads[" + levers.workloads().get(0).name() + "].inferencesPerDay");
        Project q = Fields.scaled(levers, volume, 1.7);
        assertArrayEquals(outputs.row(CostEngine.report(q, CostEngine.Detail.NOW)), e.row(q), 0);
        Project plain = levers.withStacks(levers.stacks().stream()
                .map(s -> s.withLevers(com.cp1ki.engine.model.Levers.NONE)).toList());
        assertTrue(Evaluator.leverFree(plain));
    }
}
