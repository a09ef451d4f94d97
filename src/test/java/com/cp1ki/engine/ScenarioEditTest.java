package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.ScenarioEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An edit made while a scenario is shown is kept as that scenario's overrides
 * ({@link ScenarioEngine#withEdit}): the scenario then shows exactly the edited values, the base
 * and the other scenarios stay as they were.
 */
class ScenarioEditTest {

    private static final String VOLUME = "workloads[document_summariser].inferencesPerDay";
    private static final String OUTPUT = "stacks[GPT-4o].serving.outputPrice";

    private static Project project() {
        return Fixtures.seed().withScenarios(List.of(
                new Scenario("Launch", List.of(FieldOverride.scale(VOLUME, 3))),
                new Scenario("Other", List.of(FieldOverride.set(OUTPUT, 5)))));
    }

    private static Project set(Project p, String path, Object value) {
        return Fields.with(p, FieldPath.parse(path), value);
    }

    @Test
    void anyNumberEditedInAScenarioIsWhatTheScenarioShowsAndTheBaseIsUntouched() {
        Project p = project();
        Random random = new Random(11);
        int tried = 0;
        for (Fields.Field f : Fields.all(ScenarioEngine.apply(p, "Launch"))) {
            if (f.kind() != Fields.Kind.NUMBER || f.value() == null) {
                continue;
            }
            double v = ((Number) f.value()).doubleValue();
            double factor = 0.5 + random.nextDouble();
            Object next = f.whole() ? (Object) Math.max(1, Math.round(v * factor)) : (Object) (v * factor);
            if (f.type() == int.class || f.type() == Integer.class) {
                next = (int) Math.max(1, Math.round(v * factor));
            }
            Object value = next;
            Project expected;
            try {
                expected = set(ScenarioEngine.apply(p, "Launch"), f.path().toString(), value);
            } catch (InvalidInputException e) {
                continue; // not a valid value for this field (a share above 1, say)
            }
            Project edited = ScenarioEngine.withEdit(p, "Launch", q -> set(q, f.path().toString(), value));
            assertEquals(expected, ScenarioEngine.apply(edited, "Launch"), f.path().toString());
            assertEquals(p.withScenarios(List.of()), edited.withScenarios(List.of()), "the base is untouched: " + f.path());
            assertEquals(p.scenario("Other"), edited.scenario("Other"), "the other scenario is untouched");
            tried++;
        }
        assertTrue(tried > 20, "many fields tried: " + tried);
    }

    @Test
    void anEditOfAnOverriddenFieldReplacesItsOverrideInPlaceAndTheBaseValueRemovesIt() {
        Project p = project();
        Project edited = ScenarioEngine.withEdit(p, "Launch", q -> set(q, VOLUME, 50_000.0));
        assertEquals(List.of(FieldOverride.setValue(VOLUME, 50_000.0)), edited.scenario("Launch").orElseThrow().overrides(),
                "the x3 became a value, in its place");
        double base = Fields.number(p, FieldPath.parse(VOLUME));
        Project back = ScenarioEngine.withEdit(edited, "Launch", q -> set(q, VOLUME, base));
        assertEquals(List.of(), back.scenario("Launch").orElseThrow().overrides(), "the base's value needs no override");
        Project added = ScenarioEngine.withEdit(p, "Launch", q -> set(q, OUTPUT, 7.5));
        assertEquals(List.of(FieldOverride.scale(VOLUME, 3), FieldOverride.setValue(OUTPUT, 7.5)),
                added.scenario("Launch").orElseThrow().overrides(), "a new override goes at the end");
    }

    @Test
    void anEditThatChangesNothingChangesNoOverride() {
        Project p = project();
        assertEquals(p, ScenarioEngine.withEdit(p, "Launch", q -> q));
    }

    @Test
    void renamesAndChangesBeyondNumbersSwitchesAndChoicesAreRefusedNamingTheScenario() {
        Project p = project();
        InvalidInputException delete = assertThrows(InvalidInputException.class, () -> ScenarioEngine.withEdit(p, "Launch",
                q -> q.withStacks(q.stacks().subList(0, 1))));
        assertTrue(delete.getMessage().contains("scenario 'Launch'") && delete.getMessage().contains("base"),
                delete.getMessage());
        InvalidInputException name = assertThrows(InvalidInputException.class, () -> ScenarioEngine.withEdit(p, "Launch",
                q -> q.withName("Another name")));
        assertTrue(name.getMessage().contains("Ctrl+Shift+B"), name.getMessage());
        assertThrows(InvalidInputException.class, () -> ScenarioEngine.withEdit(p, "Nope", q -> q));
    }
}
