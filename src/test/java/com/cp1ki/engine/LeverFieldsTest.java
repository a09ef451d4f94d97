package com.cp1ki.engine;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Stack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lever fields are plain record components: a scenario or a range reaches them by field path, with every check. */
class LeverFieldsTest {
    private static Project seedWithCascade() {
        Project p = Fixtures.seed();
        return p.withStacks(p.stacks().stream().map(s -> s.name().equals("GPT-4o")
                ? s.withLevers(Levers.NONE.withCascade(new Cascade("Claude Haiku 3.5", 0.15))
                        .withCache(new SemanticCache(0.4, 0.00002, 0)))
                : s).toList());
    }

    @Test
    void aLeverShareIsReadAndSetByItsPath() {
        Project p = seedWithCascade();
        FieldPath hits = FieldPath.parse("stacks[GPT-4o].levers.cache.hitShare");
        assertEquals(0.4, Fields.number(p, hits));
        Project q = Fields.with(p, hits, 0.6);
        assertEquals(0.6, q.stack("GPT-4o").orElseThrow().levers().cache().hitShare());
        FieldPath e = FieldPath.parse("stacks[GPT-4o].levers.cascade.escalationShare");
        assertEquals(0.3, Fields.number(Fields.scaled(p, e, 2), e), 1e-12);
        assertTrue(Fields.all(p).stream().anyMatch(f -> f.path().equals(FieldPath.parse(
                "stacks[Llama 3 70B].levers.batching.offPeakShare"))));
    }

    @Test
    void aShareOutsideZeroToOneIsRefusedNamingTheField() {
        Project p = seedWithCascade();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Fields.with(p, FieldPath.parse("stacks[GPT-4o].levers.cache.hitShare"), 1.5));
        assertTrue(e.getMessage().contains("cache hit share"), e.getMessage());
        Stack api = p.stack("GPT-4o").orElseThrow();
        assertThrows(InvalidInputException.class, () -> api.withLevers(api.levers().withBatching(new Batching(0.3))));
    }

    @Test
    void aCascadeOntoAMissingOrDisabledStackIsRefusedByTheProject() {
        Project p = seedWithCascade();
        InvalidInputException off = assertThrows(InvalidInputException.class, () -> p.withStacks(p.stacks().stream()
                .map(s -> s.name().equals("Claude Haiku 3.5") ? s.withEnabled(false) : s).toList()));
        assertTrue(off.getMessage().contains("stack 'GPT-4o' cascades from stack 'Claude Haiku 3.5', which is disabled"),
                off.getMessage());
        InvalidInputException gone = assertThrows(InvalidInputException.class, () -> p.withStacks(p.stacks().stream()
                .filter(s -> !s.name().equals("Claude Haiku 3.5")).toList()));
        assertTrue(gone.getMessage().contains("which the project does not have"), gone.getMessage());
        Stack gpt = p.stack("GPT-4o").orElseThrow();
        InvalidInputException self = assertThrows(InvalidInputException.class, () -> p.withStacks(List.of(
                p.stacks().get(0), gpt.withLevers(gpt.levers().withCascade(new Cascade("GPT-4o", 0.1))))));
        assertTrue(self.getMessage().contains("cascades from itself"), self.getMessage());
    }

    @Test
    void twoStacksCascadingFromEachOtherAreACycle() {
        Project p = seedWithCascade();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> p.withStacks(p.stacks().stream()
                .map(s -> s.name().equals("Claude Haiku 3.5")
                        ? s.withLevers(Levers.NONE.withCascade(new Cascade("GPT-4o", 0.5))) : s).toList()));
        assertTrue(e.getMessage().contains("a cycle"), e.getMessage());
    }
}
