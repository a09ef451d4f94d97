package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.ScenarioEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios made from edits ("save these changes as a scenario") and merged from another project. */
class ScenarioEditsTest {

    private static final String VOLUME = "workloads[document_summariser].inferencesPerDay";
    private static final String RATE = "stacks[Llama 3 70B].serving.rate";

    @Test
    void theChangesBetweenTwoProjectsAreOverridesThatGiveTheEditedProjectBack() {
        Project saved = Fixtures.seed();
        Project edited = Fields.with(saved, FieldPath.parse(VOLUME), 25_000.0);
        edited = Fields.with(edited, FieldPath.parse(RATE), RateKind.ON_DEMAND);
        edited = Fields.with(edited, FieldPath.parse("stacks[GPT-4o].enabled"), false);
        List<FieldOverride> changes = ScenarioEngine.changes(saved, edited);
        assertEquals(List.of(FieldOverride.set(VOLUME, 25_000), FieldOverride.setValue("stacks[GPT-4o].enabled", false),
                FieldOverride.setValue(RATE, RateKind.ON_DEMAND)), changes);
        Project p = saved.withScenarios(List.of(new Scenario("Edits", changes)));
        assertEquals(edited, ScenarioEngine.apply(p, "Edits"));
        assertEquals(List.of(), ScenarioEngine.changes(saved, saved));
    }

    @Test
    void addedOrRenamedItemsCannotBeAScenario() {
        Project saved = Fixtures.seed();
        Project added = saved.withWorkloads(List.of(saved.workloads().get(0), saved.workloads().get(0).withName("second")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioEngine.changes(saved, added));
        assertTrue(e.getMessage().contains("workloads[second]"), e.getMessage());
    }

    @Test
    void mergingKeepsBothSetsAndRenamesAClash() {
        Project into = Fixtures.seed().withScenarios(List.of(new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 3)))));
        List<Scenario> others = List.of(new Scenario("x3", List.of(FieldOverride.scale(VOLUME, 4))),
                new Scenario("cheap", List.of()));
        Project merged = ScenarioEngine.merge(into, others);
        assertEquals(List.of("x3", "x3 (2)", "cheap"), merged.scenarios().stream().map(Scenario::name).toList());
        assertEquals(40_000, ScenarioEngine.apply(merged, "x3 (2)").workload("document_summariser").orElseThrow()
                .inferencesPerDay(), 1e-9);
        List<Scenario> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(new Scenario("s" + i, List.of()));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioEngine.merge(into, many));
        assertTrue(e.getMessage().contains("at most 8"), e.getMessage());
        assertEquals("x3 (2)", ScenarioEngine.freeName(into, "x3"));
        assertEquals("Base (2)", ScenarioEngine.freeName(into, "Base"));
    }
}
