package com.cp1ki.engine.field;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

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
}
