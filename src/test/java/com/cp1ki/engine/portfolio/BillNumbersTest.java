package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bill's numbers without its explanations (what a draw reads) are the bill's, to the bit. */
class BillNumbersTest {

    @Test
    void everyNumberOfTheBillIsTheSameAndOnlyTheExplanationsAreLeftOut() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
        Report r = CostEngine.report(p);
        Portfolio full = PortfolioEngine.bill(p, r.results());
        Portfolio numbers = PortfolioEngine.billNumbers(p, r.results());
        assertEquals(full.total(), numbers.total(), 0);
        assertEquals(full.unusedReserved(), numbers.unusedReserved(), 0);
        assertEquals(full.warnings(), numbers.warnings());
        assertEquals(full.stacks().stream().map(BillNumbersTest::plain).toList(),
                numbers.stacks().stream().map(BillNumbersTest::plain).toList());
        assertEquals(full.features().stream().map(BillNumbersTest::plain).toList(),
                numbers.features().stream().map(BillNumbersTest::plain).toList());
        assertTrue(full.stacks().stream().allMatch(s -> !s.explanations().isEmpty()), "the full bill explains");
        assertTrue(numbers.stacks().stream().allMatch(s -> s.explanations().isEmpty()));
        assertTrue(numbers.features().stream().allMatch(f -> f.explanations().isEmpty()));
    }

    private static StackBill plain(StackBill s) {
        return new StackBill(s.stack(), s.kind(), s.monthly(), s.monthlyCost(), s.unusedReserved(), s.monthlyInferences(),
                s.instances(), s.utilisation(), s.peakUtilisation(), s.fleetKey(), s.overheadKey(), s.coincidence(),
                s.features(), List.of());
    }

    private static FeatureBill plain(FeatureBill f) {
        return new FeatureBill(f.workload(), f.monthlyInferences(), f.monthly(), f.monthlyCost(), f.costPerInference(),
                f.cp1ki(), f.roiMultiple(), f.roiBand(), f.stacks(), List.of());
    }
}
