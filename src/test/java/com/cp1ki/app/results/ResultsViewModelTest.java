package com.cp1ki.app.results;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

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

    @Test
    void theNetValueAndTheRoiTooltipAreInTheDisplayCurrency() {
        Project seed = Samples.seed();
        Project inr = seed.withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025", "seed 004", 730, 30, 1e2, 1e8));
        var report = CostEngine.report(inr);
        vm.show(report, inr.settings());
        ResultRow row = vm.rows().get(0);
        var r = row.result();
        assertTrue(r.valuePerInference() != null, "the seed has a value per inference");
        assertEquals(83 * r.netValuePerInference(), row.netValue().value(), 1e-9);
        assertTrue(row.roiTip().contains("cost-to-value " + String.format(java.util.Locale.ROOT, "%.1f %%", 100 * r.costToValue())),
                row.roiTip());
        assertTrue(row.roiTip().contains("net value " + com.cp1ki.app.form.Numbers.money(83 * r.netValuePerInference()) + " INR"),
                row.roiTip());
        assertTrue(row.roiTip().startsWith("Value per inference " + com.cp1ki.app.form.Numbers.money(83 * r.valuePerInference())
                + " INR."), row.roiTip());
        Project noValue = inr.withWorkloads(List.of(com.cp1ki.engine.field.Records.with(inr.workloads().get(0), "valuePerInference", null)));
        vm.show(CostEngine.report(noValue), noValue.settings());
        assertEquals(Figure.NONE, vm.rows().get(0).netValue());
        assertEquals("", vm.rows().get(0).roiTip());
    }
}
