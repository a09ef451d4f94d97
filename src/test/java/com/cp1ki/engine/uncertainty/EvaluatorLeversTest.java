package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project with optimisation levers takes the fast path (a levered stack priced by its lever run,
 * as the report prices it): its draws, with ranges on the levers' own numbers, equal full reports.
 */
class EvaluatorLeversTest {

    @Test
    void aLeveredProjectsDrawsWithRangesOnLeverInputsEqualItsFullReports() throws Exception {
        Project levers = ProjectFiles.load(Path.of("sample-projects/levers.cp1ki"));
        Project p = levers.withUncertainty(levers.uncertainty()
                .withRange("stacks[GPT-4o].levers.cache.hitShare", Range.triangular(0.2, 0.4, 0.6))
                .withRange("stacks[GPT-4o].levers.compression.ratio", Range.uniform(0.1, 0.5))
                .withRange("workloads[" + levers.workloads().get(0).name() + "].inferencesPerDay",
                        Range.lognormal(5_000, 40_000)));
        Report point = CostEngine.report(p, CostEngine.Detail.NOW);
        Outputs outputs = new Outputs(point);
        Evaluator e = new Evaluator(p, point, outputs);
        assertTrue(e.fast(), "a levered project takes the fast path");
        Simulator sim = new Simulator(p, 7, 200);
        sim.run(0, 200);
        Ranged ranged = Ranged.of(p);
        assertEquals(3, ranged.inputs().size(), "every range reaches a number: " + ranged.warnings());
        for (int i = 0; i < 200; i += 17) {
            Project q = p;
            for (int j = 0; j < ranged.inputs().size(); j++) {
                FieldPath path = ranged.inputs().get(j).path();
                q = Fields.with(q, path, ranged.inputs().get(j).draw(SeededDraws.stream(7, path.toString()), i));
            }
            double[] full = outputs.row(CostEngine.report(q, CostEngine.Detail.NOW));
            double[] drawn = sim.drawRow(i);
            for (int k = 0; k < full.length; k++) {
                DrawCostsTest.close(full[k], drawn[k], outputs.list.get(k).key() + " in draw " + i);
            }
        }
        assertEquals(0, sim.result().refused());
    }
}
