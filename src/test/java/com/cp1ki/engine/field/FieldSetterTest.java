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
}
