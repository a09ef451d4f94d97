package com.cp1ki.app.results;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results rows without a toolkit: the workload column only when it tells rows apart, rows keep their result. */
class ResultsViewModelTest {

    private final ResultsViewModel vm = new ResultsViewModel();

    @Test
    void aProjectWithOneWorkloadNeedsNoWorkloadColumn() {
        Project seed = Samples.seed();
        vm.show(CostEngine.report(seed), seed.settings());
        assertFalse(vm.manyWorkloadsProperty().get());
    }

    @Test
    void aProjectWithTwoWorkloadsShowsWhichRowIsWhich() throws Exception {
        Project traces = ProjectFiles.load(Path.of("sample-projects/azure-llm-traces.cp1ki"));
        vm.show(CostEngine.report(traces), traces.settings());
        assertTrue(vm.manyWorkloadsProperty().get());
        vm.show(null, traces.settings());
        assertFalse(vm.manyWorkloadsProperty().get());
    }

    @Test
    void eachRowCarriesTheResultItShowsSoItCanBeExplained() {
        Project seed = Samples.seed();
        var report = CostEngine.report(seed);
        vm.show(report, seed.settings());
        assertSame(report.results().get(0), vm.rows().get(0).result());
        assertEquals("3.04", vm.rows().get(0).cp1ki().text());
        Project inr = seed.withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025", "seed 004", 730, 30, 1e2, 1e8));
        vm.show(CostEngine.report(inr), inr.settings());
        assertEquals("252.32", vm.rows().get(0).cp1ki().text(), "seed 004's $3.04 at 83 INR/USD");
    }
}
