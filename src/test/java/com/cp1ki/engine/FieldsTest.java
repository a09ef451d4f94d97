package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Field paths reach every input of a project, and setting one runs the model's invariants. */
class FieldsTest {

    private static Project seedWithPlan() {
        Project p = Fixtures.seed();
        Plan pro = new Plan("Pro [team]", 20, 1000.0, 5, List.of("document_summariser"), "Claude Haiku 3.5",
                new LognormalUsage(300, 1500), null);
        return p.withPlans(List.of(pro));
    }

    @ParameterizedTest
    @ValueSource(strings = {"settings.fxRate", "workloads[chat].inferencesPerDay", "stacks[GPT-4o].serving.outputPrice",
            "plans[Pro [team\\]].usage.median", "stacks[a\\\\b].enabled", "workloads[x.y].tokens.input"})
    void theTextFormReadsBackAsTheSamePath(String text) {
        FieldPath p = FieldPath.parse(text);
        assertEquals(text, p.toString());
        assertEquals(p, FieldPath.parse(p.toString()));
    }

    @Test
    void aKeyMayHoldDotsBracketsAndBackslashes() {
        FieldPath p = FieldPath.item("stacks", "Llama 3.1 [8B] \\ g5", "serving", "onDemandRate");
        assertEquals("Llama 3.1 [8B] \\ g5", FieldPath.parse(p.toString()).itemName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "workloads[chat", "workloads[chat]", "a..b", "a.b c", "a[x]b"})
    void malformedPathsAreRefusedWithAMessage(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(text));
        assertTrue(e.getMessage().contains("field path"), e.getMessage());
    }

    @Test
    void readsNumbersSwitchesAndChoicesByPath() {
        Project p = seedWithPlan();
        assertEquals(10.0, Fields.number(p, FieldPath.parse("stacks[GPT-4o].serving.outputPrice")));
        assertEquals(1800.0, Fields.number(p, FieldPath.parse("workloads[document_summariser].tokens.input")));
        assertEquals(true, Fields.get(p, FieldPath.parse("stacks[Llama 3 70B].enabled")));
        assertEquals(RateKind.RESERVED_1Y, Fields.get(p, FieldPath.parse("stacks[Llama 3 70B].serving.rate")));
        assertEquals(1500.0, Fields.number(p, FieldPath.parse("plans[Pro [team\\]].usage.p95")));
        assertNull(Fields.get(p, FieldPath.parse("workloads[document_summariser].valuePerInference")));
    }

    @Test
    void settingAFieldChangesThatFieldAndNothingElse() {
        Project p = seedWithPlan();
        FieldPath price = FieldPath.parse("stacks[GPT-4o].serving.outputPrice");
        Project q = Fields.with(p, price, 20.0);
        assertEquals(20.0, ((ManagedApi) q.stack("GPT-4o").orElseThrow().serving()).outputPrice());
        List<Fields.Field> before = Fields.all(p);
        List<Fields.Field> after = Fields.all(q);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).path().equals(price)) {
                assertEquals(before.get(i), after.get(i));
            }
        }
        assertEquals(1000 * (1800 * 2.5 + 400 * 20.0) / 1e6, CostEngine.report(q).results().get(1).cp1ki(), 1e-12);
    }

    @Test
    void everyListedFieldReadsBackAndSetsToItsOwnValue() {
        Project p = seedWithPlan();
        List<Fields.Field> all = Fields.all(p);
        List<String> paths = all.stream().map(f -> f.path().toString()).toList();
        for (String expected : List.of("settings.fxRate",
                "workloads[document_summariser].inferencesPerDay", "stacks[Claude Haiku 3.5].serving.cacheReadShare",
                "stacks[Llama 3 70B].serving.minInstances", "stacks[Llama 3 70B].common.storagePerMonth",
                "stacks[Llama 3 70B].enabled", "plans[Pro [team\\]].pricePerUserMonth",
                "plans[Pro [team\\]].includedInferences")) {
            assertTrue(paths.contains(expected), expected + " in " + paths);
        }
        for (Fields.Field f : all) {
            assertEquals(f.value(), Fields.get(p, f.path()), f.path().toString());
            assertEquals(p, Fields.with(p, f.path(), f.value()), f.path().toString());
        }
    }

    @Test
    void scalingMultipliesAndWholeNumbersAreRounded() {
        Project p = Fixtures.seed();
        Project tripled = Fields.scaled(p, FieldPath.parse("workloads[document_summariser].inferencesPerDay"), 3);
        assertEquals(30_000.0, tripled.workloads().get(0).inferencesPerDay());
        Project two = Fields.with(p, FieldPath.parse("stacks[Llama 3 70B].serving.minInstances"), 2.4);
        assertEquals(2, ((SelfHostedGpu) two.stack("Llama 3 70B").orElseThrow().serving()).minInstances());
        Project choice = Fields.with(p, FieldPath.parse("stacks[Llama 3 70B].serving.rate"), "ON_DEMAND");
        assertEquals(RateKind.ON_DEMAND, ((SelfHostedGpu) choice.stack("Llama 3 70B").orElseThrow().serving()).rate());
    }

    @Test
    void aBadValueIsRefusedByTheModelNamingTheField() {
        Project p = Fixtures.seed();
        refused(InvalidInputException.class, "output price",
                () -> Fields.with(p, FieldPath.parse("stacks[GPT-4o].serving.outputPrice"), -1.0));
        refused(InvalidInputException.class, "cache read share",
                () -> Fields.with(p, FieldPath.parse("stacks[GPT-4o].serving.cacheReadShare"), 1.5));
        refused(MissingFieldException.class, "takes a number",
                () -> Fields.with(p, FieldPath.parse("stacks[GPT-4o].serving.outputPrice"), "cheap"));
        refused(InvalidInputException.class, "whole number",
                () -> Fields.with(p, FieldPath.parse("stacks[Llama 3 70B].serving.minInstances"), 1e12));
    }

    @Test
    void aPathToARenamedDeletedOrOtherKindOfItemDoesNotResolve() {
        Project p = Fixtures.seed();
        assertTrue(Fields.exists(p, FieldPath.parse("stacks[GPT-4o].serving.outputPrice")));
        assertFalse(Fields.exists(p, FieldPath.parse("stacks[GPT-4 omni].serving.outputPrice")));
        assertFalse(Fields.exists(p, FieldPath.parse("stacks[GPT-4o].serving.onDemandRate")));
        assertFalse(Fields.exists(p, FieldPath.parse("stacks[GPT-4o].name.length")));
        refused(MissingFieldException.class, "stacks[Gone].serving.outputPrice 'stacks' has no 'Gone'",
                () -> Fields.with(p, FieldPath.parse("stacks[Gone].serving.outputPrice"), 1.0));
    }

    @Test
    void aRenameMovesThePathWithItsItem() {
        FieldPath p = FieldPath.parse("stacks[GPT-4o].serving.outputPrice");
        assertEquals("stacks[GPT-4o (2024-08)].serving.outputPrice",
                p.renamed("stacks", "GPT-4o", "GPT-4o (2024-08)").toString());
        assertEquals(p, p.renamed("workloads", "GPT-4o", "x"));
    }

    private static void refused(Class<? extends Throwable> type, String message, org.junit.jupiter.api.function.Executable call) {
        Throwable e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
