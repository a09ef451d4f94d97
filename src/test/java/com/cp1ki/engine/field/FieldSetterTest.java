package com.cp1ki.engine.field;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A setter resolved once sets and reads every number exactly as {@link Fields} does, refusals included. */
class FieldSetterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summariser-ranges", "portfolio", "azure-llm-traces", "plans-inr-subscription"})
    void everyNumberOfASampleIsSetAndReadAsFieldsDoes(String name) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki"));
        int checked = 0;
        for (Fields.Field f : Fields.all(p)) {
            if (f.kind() != Fields.Kind.NUMBER || f.value() == null) {
                continue;
            }
            FieldSetter s = FieldSetter.of(p, f.path());
            assertEquals(Fields.number(p, f.path()), s.number(p), f.path().toString());
            double v = ((Number) f.value()).doubleValue();
            for (double to : new double[]{v * 1.3 + 0.1, v * 0.5, -1, 2.6}) {
                Project expected;
                try {
                    expected = Fields.with(p, f.path(), to);
                } catch (InvalidInputException e) {
                    InvalidInputException too = assertThrows(InvalidInputException.class, () -> s.with(p, to),
                            f.path() + " = " + to);
                    assertEquals(e.getMessage(), too.getMessage());
                    continue;
                }
                Project got = s.with(p, to);
                assertEquals(expected, got, f.path() + " = " + to);
                assertEquals(Fields.number(expected, f.path()), s.number(got), f.path().toString());
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 40, checked + " sets checked");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"summariser-ranges", "portfolio", "plans-inr-subscription"})
    void aBatchSetsManyNumbersAsSettingThemOneAfterAnother(String name) throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki"));
        java.util.List<FieldPath> numbers = Fields.all(p).stream()
                .filter(f -> f.kind() == Fields.Kind.NUMBER && f.value() != null).map(Fields.Field::path).toList();
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int checked = 0;
        for (int t = 0; t < 60; t++) {
            java.util.List<FieldPath> chosen = new java.util.ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(12); k++) {
                FieldPath f = numbers.get(rnd.nextInt(numbers.size()));
                if (!chosen.contains(f)) {
                    chosen.add(f);
                }
            }
            double[] values = new double[chosen.size()];
            Project expected = p;
            try {
                for (int k = 0; k < values.length; k++) {
                    values[k] = Fields.number(p, chosen.get(k)) * (0.8 + 0.4 * rnd.nextDouble());
                    expected = Fields.with(expected, chosen.get(k), values[k]);
                }
            } catch (InvalidInputException e) {
                continue;
            }
            FieldSetter.Batch batch = new FieldSetter.Batch(p,
                    chosen.stream().map(f -> FieldSetter.of(p, f)).toList());
            assertEquals(expected, batch.with(p, values), chosen.toString());
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 30, checked + " batches checked");
    }

    private static final FieldPath GPT_OUT = FieldPath.parse("stacks[GPT-4o].serving.outputPrice");
    private static final FieldPath VOLUME = FieldPath.parse("workloads[document_summariser].inferencesPerDay");
    private static final FieldPath INPUT = FieldPath.parse("workloads[document_summariser].tokens.input");

    private static Project ranges() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects", "summariser-ranges.cp1ki"));
    }

    @Test
    void aProjectOfAnotherShapeIsHandedToFields() throws Exception {
        Project p = ranges();
        FieldSetter s = FieldSetter.of(p, GPT_OUT);
        // the elements moved: set where they are now
        List<Stack> reversed = new ArrayList<>(p.stacks());
        Collections.reverse(reversed);
        Project r = p.withStacks(reversed);
        assertEquals(Fields.with(r, GPT_OUT, 7.0), s.with(r, 7.0));
        assertEquals(7.0, s.number(s.with(r, 7.0)));
        assertEquals(Fields.with(r, GPT_OUT, 7.0), new FieldSetter.Batch(p, List.of(s)).with(r, new double[]{7}));
        // a record of another class on the path (the stack now self-hosted): refused as Fields refuses it
        Stack gpu = p.stack("Llama 3 70B on g5.xlarge").orElseThrow();
        Project q = p.withStacks(p.stacks().stream()
                .map(x -> x.name().equals("GPT-4o") ? x.withServing(gpu.serving()) : x).toList());
        String why = assertThrows(MissingFieldException.class, () -> Fields.with(q, GPT_OUT, 7.0)).getMessage();
        assertEquals(why, assertThrows(MissingFieldException.class, () -> s.with(q, 7.0)).getMessage());
        assertEquals(why, assertThrows(MissingFieldException.class,
                () -> new FieldSetter.Batch(p, List.of(s)).with(q, new double[]{7})).getMessage());
        assertEquals(assertThrows(MissingFieldException.class, () -> Fields.number(q, GPT_OUT)).getMessage(),
                assertThrows(MissingFieldException.class, () -> s.number(q)).getMessage());
    }

    @Test
    void aBatchRefusesABrokenNumberWithTheRecordsOwnMessage() throws Exception {
        Project p = ranges();
        FieldSetter.Batch b = new FieldSetter.Batch(p, List.of(FieldSetter.of(p, VOLUME), FieldSetter.of(p, GPT_OUT)));
        String expected = assertThrows(InvalidInputException.class, () -> Fields.with(p, GPT_OUT, -1.0)).getMessage();
        assertEquals(expected, assertThrows(InvalidInputException.class,
                () -> b.with(p, new double[]{12_000, -1})).getMessage());
        assertEquals(assertThrows(InvalidInputException.class, () -> Fields.with(p, VOLUME, 0.0)).getMessage(),
                assertThrows(InvalidInputException.class, () -> b.with(p, new double[]{0, 9})).getMessage());
    }

    @Test
    void aChangeIsMadeAfterTheNumbersBelowItInTheSameCopy() throws Exception {
        Project p = ranges();
        FieldSetter tokens = FieldSetter.of(p, FieldPath.item("workloads", "document_summariser", "tokens"));
        FieldSetter.Change longer = new FieldSetter.Change(tokens,
                (t, v) -> new TypedMeans(((TypedMeans) t).input() * v[2], ((TypedMeans) t).output()));
        FieldSetter.Batch b = new FieldSetter.Batch(p, List.of(FieldSetter.of(p, INPUT), FieldSetter.of(p, VOLUME)),
                List.of(longer));
        double[] values = {2_000, 15_000, 1.5};
        assertEquals(Fields.with(Fields.with(p, INPUT, 3_000.0), VOLUME, 15_000.0), b.with(p, values));
        // a project of another shape (another workload first): the same, through Fields
        Workload other = new Workload("other", 10, new TypedMeans(5, 5), null, 1);
        List<Workload> two = new ArrayList<>(List.of(other));
        two.addAll(p.workloads());
        Project r = p.withWorkloads(two);
        assertEquals(Fields.with(Fields.with(r, INPUT, 3_000.0), VOLUME, 15_000.0), b.with(r, values));
        // a change alone
        assertEquals(Fields.with(p, INPUT, 1_800 * 1.5), new FieldSetter.Batch(p, List.of(), List.of(
                new FieldSetter.Change(tokens, (t, v) -> new TypedMeans(((TypedMeans) t).input() * v[0],
                        ((TypedMeans) t).output())))).with(p, new double[]{1.5}));
    }
}
