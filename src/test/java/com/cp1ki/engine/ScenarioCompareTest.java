package com.cp1ki.engine;

import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.Comparison.Cell;
import com.cp1ki.engine.scenario.Comparison.Row;
import com.cp1ki.engine.scenario.Comparison.Section;
import com.cp1ki.engine.scenario.ScenarioEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side-by-side table: every number read from its column's report, every delta their difference. */
class ScenarioCompareTest {

    private static final String VOLUME = "workloads[document_summariser].inferencesPerDay";

    private static Project seedWithPlan() {
        Plan team = new Plan("Team", 30, 1000.0, 5, List.of("document_summariser"), "GPT-4o",
                new UserCounts(new double[]{100, 900, 4000}, new double[]{50, 30, 5}), null);
        return Fixtures.seed().withPlans(List.of(team));
    }

    private static Row row(Comparison c, Section s, String item) {
        return c.rows().stream().filter(r -> r.section() == s && r.item().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + s + " " + item));
    }

    @Test
    void eachColumnIsTheScenarioAppliedAndItsReportAsTheScenarioReportGivesIt() {
        Project p = seedWithPlan().withScenarios(List.of(
                new Scenario("Triple", List.of(FieldOverride.scale(VOLUME, 3))),
                new Scenario("Cheap GPT-4o", List.of(FieldOverride.scale("stacks[GPT-4o].serving.outputPrice", 0.5))),
                new Scenario("Stale", List.of(FieldOverride.set("stacks[Gone].serving.inputPrice", 1)))));
        List<ScenarioEngine.Column> cols = ScenarioEngine.columns(p);
        assertEquals(List.of("Base", "Triple", "Cheap GPT-4o", "Stale"), cols.stream().map(ScenarioEngine.Column::name).toList());
        assertEquals(CostEngine.report(p.withScenarios(List.of())), cols.get(0).report());
        assertTrue(cols.get(0).project().scenarios().isEmpty());
        for (ScenarioEngine.Column c : cols.subList(1, cols.size())) {
            assertEquals(ScenarioEngine.apply(p, c.name()), c.project(), c.name());
            assertEquals(ScenarioEngine.report(p, c.name()), c.report(), c.name());
            assertEquals(ScenarioEngine.applied(p, c.name()).problems(), c.problems(), c.name());
        }
        assertEquals(1, cols.get(3).problems().size(), "the stale override is flagged on its column");
        assertEquals(ScenarioEngine.compare(p), ScenarioEngine.compare(cols), "the comparison reads the columns");
    }

    @Test
    void theBaseAloneIsOneColumn() {
        Comparison c = ScenarioEngine.compare(Fixtures.seed());
        assertEquals(List.of("Base"), c.columns());
        Row r = row(c, Section.CP1KI, "document_summariser / GPT-4o");
        assertEquals(Fixtures.result(CostEngine.report(Fixtures.seed()), "document_summariser", "GPT-4o").cp1ki(),
                r.cells().get(0).value());
    }

    @Test
    void aScenarioWithoutOverridesChangesNoCell() {
        Project p = seedWithPlan().withScenarios(List.of(new Scenario("Same", List.of())));
        Comparison c = ScenarioEngine.compare(p);
        assertEquals(List.of("Base", "Same"), c.columns());
        for (Row r : c.rows()) {
            Cell s = r.cells().get(1);
            assertFalse(s.changed(), r.toString());
            if (s.value() != null) {
                assertEquals(0.0, s.delta(), r.toString());
            }
        }
    }

    @Test
    void tripledVolumeShowsInEverySection() {
        Project p = seedWithPlan().withScenarios(List.of(new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 3)))));
        Comparison c = ScenarioEngine.compare(p);
        Row gpt = row(c, Section.MONTHLY, "document_summariser / GPT-4o");
        assertEquals(3 * gpt.cells().get(0).value(), gpt.cells().get(1).value(), 1e-6);
        assertEquals(200.0, gpt.cells().get(1).deltaPct(), 1e-9);
        Row cheapest = row(c, Section.CHEAPEST, "document_summariser");
        assertNull(cheapest.cells().get(0).value());
        assertTrue(cheapest.cells().stream().allMatch(x -> x.text() != null));
        Row llama = row(c, Section.CP1KI, "document_summariser / Llama 3 70B");
        assertTrue(llama.cells().get(1).delta() < 0, "a fleet's fixed cost spreads over more inferences");
    }

    @Test
    void aStackDisabledInAScenarioHasNoNumbersThere() {
        Project p = Fixtures.seed().withScenarios(List.of(new Scenario("No GPT",
                List.of(FieldOverride.setValue("stacks[GPT-4o].enabled", false)))));
        Row r = row(ScenarioEngine.compare(p), Section.CP1KI, "document_summariser / GPT-4o");
        assertNull(r.cells().get(1).value());
        assertNull(r.cells().get(1).delta());
        assertTrue(r.cells().get(1).changed());
    }

    @Test
    void overrideProblemsAreListedWithTheScenario() {
        Project p = Fixtures.seed().withScenarios(List.of(new Scenario("Stale",
                List.of(FieldOverride.set("stacks[Gone].serving.inputPrice", 1)))));
        Comparison c = ScenarioEngine.compare(p);
        assertEquals(1, c.problems().size());
        assertEquals("Stale", c.problems().get(0).scenario());
        assertTrue(c.problems().get(0).message().contains("stacks[Gone].serving.inputPrice"));
    }

    /** Property: on random portfolios with random scenarios, each cell is its report's number and each delta the difference. */
    @Test
    void everyDeltaIsTheDifferenceOfTheTwoReports() {
        Random rnd = new Random(7);
        RandomProjects gen = new RandomProjects(7);
        for (int trial = 0; trial < 25; trial++) {
            Project base = PortfolioPropertiesTest.randomPortfolio(gen, rnd);
            List<Fields.Field> numbers = Fields.all(base).stream()
                    .filter(f -> f.kind() == Fields.Kind.NUMBER && f.value() != null).toList();
            List<Scenario> scenarios = new ArrayList<>();
            for (int s = 0; s < 1 + rnd.nextInt(3); s++) {
                List<FieldOverride> os = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    String f = numbers.get(rnd.nextInt(numbers.size())).path().toString();
                    if (os.stream().noneMatch(o -> o.field().equals(f))) {
                        os.add(FieldOverride.scale(f, 0.5 + rnd.nextDouble()));
                    }
                }
                scenarios.add(new Scenario("s" + s, os));
            }
            Project p = base.withScenarios(scenarios);
            Comparison c = ScenarioEngine.compare(p);
            Report b = ScenarioEngine.report(p, null);
            for (int col = 1; col < c.columns().size(); col++) {
                Report r = ScenarioEngine.report(p, c.columns().get(col));
                for (Row row : c.rows()) {
                    Double bv = value(b, row);
                    Double sv = value(r, row);
                    Cell cell = row.cells().get(col);
                    assertEquals(bv, row.cells().get(0).value(), "trial " + trial + " " + row.section() + " " + row.item());
                    assertEquals(sv, cell.value(), "trial " + trial + " " + row.section() + " " + row.item());
                    if (bv != null && sv != null) {
                        assertEquals(sv - bv, cell.delta(), 1e-9 * Math.max(1, Math.abs(bv)), row.item());
                    } else {
                        assertNull(cell.delta());
                    }
                }
            }
        }
    }

    /** Reports that share a memo (as a comparison's do) equal fresh reports, whatever the order. */
    @Test
    void reportsSharingAMemoEqualFreshReports() {
        Random rnd = new Random(3);
        RandomProjects gen = new RandomProjects(3);
        for (int trial = 0; trial < 15; trial++) {
            Project base = PortfolioPropertiesTest.randomPortfolio(gen, rnd);
            List<Fields.Field> numbers = Fields.all(base).stream()
                    .filter(f -> f.kind() == Fields.Kind.NUMBER && f.value() != null).toList();
            List<Scenario> scenarios = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String f = numbers.get(rnd.nextInt(numbers.size())).path().toString();
                scenarios.add(new Scenario("s" + s, List.of(FieldOverride.scale(f, 0.5 + rnd.nextDouble()))));
            }
            Project p = base.withScenarios(scenarios);
            ReportMemo memo = new ReportMemo();
            for (String name : new String[]{"s2", null, "s0", "s1", null, "s2"}) {
                Project applied = ScenarioEngine.apply(p, name);
                assertEquals(CostEngine.report(applied), CostEngine.report(applied, memo), "trial " + trial + " " + name);
            }
        }
    }

    /** The number a row reads, looked up in a report independently of the comparison. */
    private static Double value(Report r, Row row) {
        Double v = switch (row.section()) {
            case CP1KI, MONTHLY, ROI -> r.results().stream()
                    .filter(x -> row.item().equals(x.workload() + " / " + x.stack())).findFirst()
                    .map(x -> row.section() == Section.CP1KI ? (Double) x.cp1ki()
                            : row.section() == Section.MONTHLY ? (Double) x.monthlyCost() : x.roiMultiple()).orElse(null);
            case CHEAPEST -> null;
            case CROSSOVER -> r.crossovers().stream().filter(Crossover::withOps)
                    .filter(x -> row.item().equals(x.workload() + ": " + x.a() + " vs " + x.b()))
                    .findFirst().map(Crossover::stableAbove).orElse(null);
            case BILL -> r.portfolio().isEmpty() ? null : r.portfolio().total();
            case FEATURE -> r.portfolio().feature(row.item()).map(f -> f.monthlyCost()).orElse(null);
            case PLAN_MARGIN -> r.plans().stream().filter(x -> x.plan().equals(row.item())).findFirst()
                    .map(PlanResult::grossMarginPct).orElse(null);
            case PLAN_UNPROFITABLE -> r.plans().stream().filter(x -> x.plan().equals(row.item())).findFirst()
                    .map(x -> 100 * x.unprofitableShare()).orElse(null);
        };
        return v == null || !Double.isFinite(v) ? null : v;
    }

    @Test
    void theCheapestStackIsTheOneWithTheLowestCp1ki() {
        Project p = Fixtures.seed().withScenarios(List.of(new Scenario("cheap GPT",
                List.of(FieldOverride.scale("stacks[GPT-4o].serving.outputPrice", 0.01),
                        FieldOverride.scale("stacks[GPT-4o].serving.inputPrice", 0.01)))));
        Row r = row(ScenarioEngine.compare(p), Section.CHEAPEST, "document_summariser");
        StackResult min = CostEngine.report(ScenarioEngine.apply(p, "cheap GPT")).results().stream()
                .min(java.util.Comparator.comparingDouble(StackResult::cp1ki)).orElseThrow();
        assertEquals("GPT-4o", min.stack());
        assertEquals("GPT-4o", r.cells().get(1).text());
        assertTrue(r.cells().get(1).changed());
    }
}
