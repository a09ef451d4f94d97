package com.cp1ki.engine.forecast;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With nothing growing or falling, every month of a forecast is the report, exactly. */
class ForecastFlatTest {

    @ParameterizedTest
    @ValueSource(strings = {"summariser-seed", "azure-llm-traces", "plans-inr-subscription", "portfolio"})
    void aForecastWithZeroGrowthAndDeclineIsFlatAndEqualsTheReportEachMonth(String sample) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", sample + ".cp1ki"))
                .withForecast(new Forecast(60, 0, 0, 0, 0, List.of()));
        Report report = CostEngine.report(p);
        ForecastReport f = ForecastEngine.forecast(p);
        assertFalse(f.failed());
        assertEquals(60, f.months());
        assertEquals(report.results().size(), f.results().size());
        for (StackResult r : report.results()) {
            ForecastReport.ResultSeries s = f.result(r.workload(), r.stack());
            assertNotNull(s, r.workload() + " / " + r.stack());
            assertEquals(60, s.months().size());
            for (ForecastReport.ResultMonth m : s.months()) {
                assertEquals(r.cp1ki(), m.cp1ki(), 0, "CP1Ki of " + r.stack() + " in month " + m.month());
                assertEquals(r.monthlyCost(), m.monthlyCost(), 0, "monthly of " + r.stack() + " in month " + m.month());
                assertEquals(r.instances(), m.instances());
                assertEquals(1, m.priceFactor(), 0);
            }
        }
        for (PlanResult pr : report.plans()) {
            ForecastReport.PlanSeries s = f.plans().stream().filter(x -> x.plan().equals(pr.plan())).findFirst().orElseThrow();
            for (ForecastReport.PlanMonth m : s.months()) {
                assertEquals(pr.meanMarginPerUser(), m.meanMarginPerUser(), 0);
                assertEquals(pr.marginAtMedian(), m.marginAtMedian(), 0);
                assertEquals(pr.grossMarginPct(), m.grossMarginPct(), 0);
                assertEquals(pr.unprofitableShare(), m.unprofitableShare(), 0);
            }
        }
        List<Crossover> withOps = report.crossovers().stream().filter(Crossover::withOps).toList();
        assertEquals(withOps.size(), f.crossovers().size());
        for (int i = 0; i < withOps.size(); i++) {
            Crossover c = withOps.get(i);
            for (ForecastReport.CrossoverMonth m : f.crossovers().get(i).months()) {
                assertEquals(c.stableAbove(), m.stableAbove());
                assertEquals(c.cheaperAbove(), m.cheaperAbove());
                assertEquals(c.crossingCount(), m.crossings());
            }
        }
        if (report.portfolio().isEmpty()) {
            assertTrue(f.bill().isEmpty());
        } else {
            assertEquals(60, f.bill().size());
            for (ForecastReport.BillMonth b : f.bill()) {
                assertEquals(report.portfolio().total(), b.total(), 0);
                List<StackBill> stacks = report.portfolio().stacks();
                for (int i = 0; i < stacks.size(); i++) {
                    assertEquals(stacks.get(i).monthlyCost(), b.stacks().get(i).monthlyCost(), 0);
                }
            }
        }
        for (ForecastReport.CheapestSeries c : f.cheapest()) {
            assertTrue(c.changes().isEmpty(), "a flat forecast never changes its cheapest stack");
            assertEquals(1, c.stacks().stream().distinct().count());
        }
        // the report's own forecast takes a flat projection's months from the report: the same numbers
        ForecastReport attached = report.forecast();
        assertEquals(f.results(), attached.results());
        assertEquals(f.plans(), attached.plans());
        assertEquals(f.crossovers(), attached.crossovers());
        assertEquals(f.bill(), attached.bill());
        assertEquals(f.cheapest(), attached.cheapest());
        assertEquals(f.volumes(), attached.volumes());
    }
}
