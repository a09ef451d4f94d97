package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.OverrideProblem;
import com.cp1ki.engine.scenario.ScenarioEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario is its base with its overrides applied; an override that cannot apply is flagged, never dropped. */
class ScenarioApplyTest {

    private static final String VOLUME = "workloads[document_summariser].inferencesPerDay";
    private static final String GPT_OUT = "stacks[GPT-4o].serving.outputPrice";

    private static Project with(Project p, Scenario... s) {
        return p.withScenarios(List.of(s));
    }

    @Test
    void aScenarioWithoutOverridesIsTheBase() {
        Project p = with(Fixtures.seed(), new Scenario("Same", List.of()));
        assertEquals(p.withScenarios(List.of()), ScenarioEngine.apply(p, "Same"));
        assertEquals(CostEngine.report(p), ScenarioEngine.report(p, "Same"));
    }

    @Test
    void theBaseIsTheProjectWithoutItsScenarios() {
        Project p = with(Fixtures.seed(), new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 3))));
        assertEquals(Fixtures.seed(), ScenarioEngine.apply(p, null));
        assertEquals(Fixtures.seed(), ScenarioEngine.apply(p, "base"));
    }

    @Test
    void setAndScaleChangeOnlyTheirFields() {
        Project p = with(Fixtures.seed(), new Scenario("What if", List.of(FieldOverride.scale(VOLUME, 3),
                FieldOverride.set(GPT_OUT, 5), FieldOverride.setValue("stacks[Llama 3 70B].serving.rate", RateKind.ON_DEMAND),
                FieldOverride.setValue("stacks[Claude Haiku 3.5].enabled", false))));
        ScenarioEngine.Applied a = ScenarioEngine.applied(p, "What if");
        assertEquals(List.of(), a.problems());
        Project s = a.project();
        assertEquals(30_000, s.workload("document_summariser").orElseThrow().inferencesPerDay());
        assertEquals(5.0, ((ManagedApi) s.stack("GPT-4o").orElseThrow().serving()).outputPrice());
        assertEquals(RateKind.ON_DEMAND, ((SelfHostedGpu) s.stack("Llama 3 70B").orElseThrow().serving()).rate());
        assertEquals(false, s.stack("Claude Haiku 3.5").orElseThrow().enabled());
        Project back = s;
        back = Fields.with(back, FieldPath.parse(VOLUME), 10_000.0);
        back = Fields.with(back, FieldPath.parse(GPT_OUT), 10.0);
        back = Fields.with(back, FieldPath.parse("stacks[Llama 3 70B].serving.rate"), RateKind.RESERVED_1Y);
        back = Fields.with(back, FieldPath.parse("stacks[Claude Haiku 3.5].enabled"), true);
        assertEquals(Fixtures.seed(), back, "nothing else changed");
    }

    @Test
    void anEditOfTheBaseFlowsIntoEveryScenarioThatDoesNotOverrideIt() {
        Project p = with(Fixtures.seed(), new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 3))),
                new Scenario("cheap", List.of(FieldOverride.set(GPT_OUT, 5))));
        Project edited = Fields.with(p, FieldPath.parse(GPT_OUT), 12.0);
        edited = Fields.with(edited, FieldPath.parse(VOLUME), 20_000.0);
        assertEquals(12.0, Fields.number(ScenarioEngine.apply(edited, "x3"), FieldPath.parse(GPT_OUT)));
        assertEquals(60_000.0, Fields.number(ScenarioEngine.apply(edited, "x3"), FieldPath.parse(VOLUME)), 1e-9);
        assertEquals(5.0, Fields.number(ScenarioEngine.apply(edited, "cheap"), FieldPath.parse(GPT_OUT)));
        assertEquals(20_000.0, Fields.number(ScenarioEngine.apply(edited, "cheap"), FieldPath.parse(VOLUME)));
    }

    @Test
    void scalingAnyFieldByOneChangesNothing() {
        Random rnd = new Random(11);
        RandomProjects r = new RandomProjects(11);
        for (int trial = 0; trial < 20; trial++) {
            Project base = PortfolioPropertiesTest.randomPortfolio(r, rnd);
            List<FieldOverride> all = new ArrayList<>();
            for (Fields.Field f : Fields.all(base)) {
                if (f.kind() == Fields.Kind.NUMBER && f.value() != null) {
                    all.add(FieldOverride.scale(f.path().toString(), 1));
                }
            }
            Project p = base.withScenarios(List.of(new Scenario("x1", all)));
            ScenarioEngine.Applied a = ScenarioEngine.applied(p, "x1");
            assertEquals(List.of(), a.problems());
            assertEquals(base, a.project(), "trial " + trial);
            assertEquals(CostEngine.report(base), ScenarioEngine.report(p, "x1"));
        }
    }

    @Test
    void settingEveryFieldToItsOwnValueChangesNothing() {
        Random rnd = new Random(5);
        RandomProjects r = new RandomProjects(5);
        for (int trial = 0; trial < 20; trial++) {
            Project base = PortfolioPropertiesTest.randomPortfolio(r, rnd);
            List<FieldOverride> all = new ArrayList<>();
            for (Fields.Field f : Fields.all(base)) {
                all.add(FieldOverride.setValue(f.path().toString(), f.value()));
            }
            Project p = base.withScenarios(List.of(new Scenario("same", all)));
            ScenarioEngine.Applied a = ScenarioEngine.applied(p, "same");
            assertEquals(List.of(), a.problems(), "trial " + trial);
            assertEquals(base, a.project(), "trial " + trial);
        }
    }

    @Test
    void anOverrideOfADeletedItemIsFlaggedWithTheScenarioAndTheOthersStillApply() {
        Project p = with(Fixtures.seed(), new Scenario("Gone", List.of(FieldOverride.set("stacks[Mistral].serving.outputPrice", 1),
                FieldOverride.scale(VOLUME, 2))));
        ScenarioEngine.Applied a = ScenarioEngine.applied(p, "Gone");
        assertEquals(20_000, a.project().workload("document_summariser").orElseThrow().inferencesPerDay());
        OverrideProblem problem = a.problems().get(0);
        assertEquals(1, a.problems().size());
        assertEquals(OverrideProblem.MISSING, problem.code());
        assertEquals("Gone", problem.scenario());
        assertEquals("stacks[Mistral].serving.outputPrice", problem.field());
        assertTrue(problem.message().contains("Scenario 'Gone'") && problem.message().contains("'stacks' has no 'Mistral'"),
                problem.message());
        assertTrue(ScenarioEngine.report(p, "Gone").warnings().contains(problem.warning()), "in the report's warnings");
        assertEquals(List.of(problem), ScenarioEngine.problems(p));
    }

    @Test
    void aFieldOfAnotherKindOfStackIsFlagged() {
        Project p = with(Fixtures.seed(), new Scenario("Odd", List.of(FieldOverride.set("stacks[GPT-4o].serving.onDemandRate", 1))));
        assertEquals(OverrideProblem.MISSING, ScenarioEngine.applied(p, "Odd").problems().get(0).code());
    }

    @Test
    void scalingAnUnsetFieldIsFlagged() {
        Project p = with(Fixtures.seed(), new Scenario("Value", List.of(
                FieldOverride.scale("workloads[document_summariser].valuePerInference", 2))));
        OverrideProblem problem = ScenarioEngine.applied(p, "Value").problems().get(0);
        assertEquals(OverrideProblem.UNSET, problem.code());
        assertTrue(problem.message().contains("not set in the base"), problem.message());
    }

    @Test
    void aValueTheModelRefusesIsFlaggedWithItsReason() {
        Project p = with(Fixtures.seed(), new Scenario("Bad", List.of(
                FieldOverride.set("stacks[GPT-4o].serving.cacheReadShare", 1.5), FieldOverride.scale(VOLUME, 2))));
        ScenarioEngine.Applied a = ScenarioEngine.applied(p, "Bad");
        assertEquals(OverrideProblem.INVALID, a.problems().get(0).code());
        assertTrue(a.problems().get(0).message().contains("cache read share must be between 0 and 1"),
                a.problems().get(0).message());
        assertEquals(20_000, a.project().workload("document_summariser").orElseThrow().inferencesPerDay());
    }

    @Test
    void anUnreadablePathIsFlagged() {
        Project p = with(Fixtures.seed(), new Scenario("Typo", List.of(FieldOverride.set("stacks[GPT-4o.serving", 1))));
        assertEquals(OverrideProblem.UNREADABLE, ScenarioEngine.applied(p, "Typo").problems().get(0).code());
    }

    @Test
    void overridesThatOnlyHoldTogetherApplyInAnyOrder() {
        Project base = Fixtures.seed().withStacks(List.of(Fixtures.haiku(), new com.cp1ki.engine.model.Stack("GPT-4o", true,
                Fixtures.api(2.5, 10, 1.25, 3.125, 0.2, 0.7, 0, 0.5, 0, 0), com.cp1ki.engine.model.CommonCosts.NONE)));
        Project p = with(base, new Scenario("Cache", List.of(FieldOverride.set("stacks[GPT-4o].serving.cacheReadShare", 0.6),
                FieldOverride.set("stacks[GPT-4o].serving.cacheWriteShare", 0.1))));
        ScenarioEngine.Applied a = ScenarioEngine.applied(p, "Cache");
        assertEquals(List.of(), a.problems());
        ManagedApi api = (ManagedApi) a.project().stack("GPT-4o").orElseThrow().serving();
        assertEquals(0.6, api.cacheReadShare());
        assertEquals(0.1, api.cacheWriteShare());
    }

    @Test
    void routingSharesTakeTheirValueAndTheOtherRoutesShareTheRest() {
        Workload chat = Fixtures.summariser().withRouting(List.of(new Route("GPT-4o", 0.5), new Route("Claude Haiku 3.5", 0.3),
                new Route("Llama 3 70B", 0.2)));
        Project base = Fixtures.seed().withWorkloads(List.of(chat));
        Project p = with(base, new Scenario("Less GPT", List.of(
                FieldOverride.set("workloads[document_summariser].routing[GPT-4o].share", 0.1))));
        Workload w = ScenarioEngine.apply(p, "Less GPT").workload("document_summariser").orElseThrow();
        assertEquals(0.1, w.shareOn("GPT-4o"), 1e-12);
        assertEquals(0.9 * 0.6, w.shareOn("Claude Haiku 3.5"), 1e-12);
        assertEquals(0.9 * 0.4, w.shareOn("Llama 3 70B"), 1e-12);
    }

    @Test
    void aShareOnANewStackAddsARouteAndAShareOfAllMovesTheWholeWorkload() {
        Workload chat = Fixtures.summariser().withRouting(List.of(new Route("GPT-4o", 1)));
        Project p = with(Fixtures.seed().withWorkloads(List.of(chat)), new Scenario("Move", List.of(
                FieldOverride.set("workloads[document_summariser].routing[Claude Haiku 3.5].share", 1))));
        Workload w = ScenarioEngine.apply(p, "Move").workload("document_summariser").orElseThrow();
        assertEquals(List.of(new Route("Claude Haiku 3.5", 1)), w.routing());
    }

    @Test
    void disablingARoutedStackAppliesWhenTheSameScenarioMovesItsTraffic() {
        Workload chat = Fixtures.summariser().withRouting(List.of(new Route("GPT-4o", 1)));
        Project base = Fixtures.seed().withWorkloads(List.of(chat));
        Project alone = with(base, new Scenario("Off", List.of(FieldOverride.setValue("stacks[GPT-4o].enabled", false))));
        OverrideProblem problem = ScenarioEngine.applied(alone, "Off").problems().get(0);
        assertTrue(problem.message().contains("which is disabled"), problem.message());
        Project moved = with(base, new Scenario("Off", List.of(FieldOverride.setValue("stacks[GPT-4o].enabled", false),
                FieldOverride.set("workloads[document_summariser].routing[Claude Haiku 3.5].share", 1))));
        assertEquals(List.of(), ScenarioEngine.applied(moved, "Off").problems());
    }

    @Test
    void routingSharesAboveAllAreFlaggedForEachOverride() {
        Workload chat = Fixtures.summariser().withRouting(List.of(new Route("GPT-4o", 0.5), new Route("Claude Haiku 3.5", 0.5)));
        Project p = with(Fixtures.seed().withWorkloads(List.of(chat)), new Scenario("Too much", List.of(
                FieldOverride.set("workloads[document_summariser].routing[GPT-4o].share", 0.8),
                FieldOverride.set("workloads[document_summariser].routing[Claude Haiku 3.5].share", 0.7))));
        List<OverrideProblem> problems = ScenarioEngine.applied(p, "Too much").problems();
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).message().contains("add up to 150%"), problems.get(0).message());
    }

    @Test
    void aRenameCarriesTheOverridesAlongAndRoutesFollowAStack() {
        List<Scenario> s = List.of(new Scenario("A", List.of(FieldOverride.set(GPT_OUT, 5),
                FieldOverride.set("workloads[chat].routing[GPT-4o].share", 0.5), FieldOverride.scale(VOLUME, 2))));
        List<Scenario> r = ScenarioEngine.renamed(s, ScenarioEngine.STACKS, "GPT-4o", "GPT-4.1");
        assertEquals(List.of("stacks[GPT-4.1].serving.outputPrice", "workloads[chat].routing[GPT-4.1].share", VOLUME),
                r.get(0).overrides().stream().map(FieldOverride::field).toList());
        List<Scenario> w = ScenarioEngine.renamed(s, ScenarioEngine.WORKLOADS, "document_summariser", "summaries");
        assertEquals("workloads[summaries].inferencesPerDay", w.get(0).overrides().get(2).field());
    }

    @Test
    void aProjectRefusesTwoScenariosOfOneNameMoreThanTheCapAndAScenarioNamedBase() {
        Project seed = Fixtures.seed();
        InvalidInputException twice = assertThrows(InvalidInputException.class, () -> with(seed,
                new Scenario("A", List.of()), new Scenario("A", List.of())));
        assertEquals("two scenarios are named 'A'", twice.getMessage());
        List<Scenario> nine = new ArrayList<>();
        for (int i = 0; i < Project.MAX_SCENARIOS + 1; i++) {
            nine.add(new Scenario("S" + i, List.of()));
        }
        InvalidInputException cap = assertThrows(InvalidInputException.class, () -> seed.withScenarios(nine));
        assertTrue(cap.getMessage().contains("at most 8 scenarios"), cap.getMessage());
        assertThrows(InvalidInputException.class, () -> new Scenario("base", List.of()));
        InvalidInputException dup = assertThrows(InvalidInputException.class, () -> new Scenario("A",
                List.of(FieldOverride.set(GPT_OUT, 1), FieldOverride.scale(GPT_OUT, 2))));
        assertTrue(dup.getMessage().contains("twice"), dup.getMessage());
    }

    @Test
    void anUnknownScenarioIsRefusedNamingTheOnesThereAre() {
        Project p = with(Fixtures.seed(), new Scenario("x3", List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioEngine.apply(p, "x4"));
        assertEquals("there is no scenario named 'x4'; it has 'x3'", e.getMessage());
    }

    @Test
    void aNegativeFactorIsRefused() {
        assertThrows(InvalidInputException.class, () -> FieldOverride.scale(VOLUME, -1));
        assertThrows(InvalidInputException.class, () -> FieldOverride.set(VOLUME, Double.NaN));
        assertNull(FieldOverride.setValue(VOLUME, null).value());
    }

    @Test
    void fieldsNeverReachIntoScenarios() {
        Project p = with(Fixtures.seed(), new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 3))));
        assertEquals(Fields.all(Fixtures.seed()), Fields.all(p));
    }
}
