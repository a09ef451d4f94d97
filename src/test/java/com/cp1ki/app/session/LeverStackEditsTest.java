package com.cp1ki.app.session;

import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outline operations on a stack that another stack's levers use: refused naming that stack, or followed on rename. */
class LeverStackEditsTest {

    static Project project() {
        Stack haiku = new Stack("Haiku", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.8, 4), CommonCosts.NONE);
        Stack gpt = new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.5, 10), CommonCosts.NONE)
                .withLevers(new Levers(new Compression(0.3, 0, "Haiku"), com.cp1ki.engine.model.SemanticCache.NONE,
                        new Cascade("Haiku", 0.15), com.cp1ki.engine.model.Batching.NONE));
        return new Project("p", Settings.DEFAULT, List.of(new Workload("chat", 10_000, new TypedMeans(1800, 400), null, 1)),
                List.of(haiku, gpt), List.of());
    }

    @Test
    void renamingAStackRenamesItInOtherStacksLevers() {
        Project p = ProjectEdits.rename(project(), Item.stack("Haiku"), "Claude Haiku");
        Levers l = p.stack("GPT-4o").orElseThrow().levers();
        assertEquals("Claude Haiku", l.cascade().firstStack());
        assertEquals("Claude Haiku", l.compression().compressor());
    }

    @Test
    void aStackALeverUsesCannotBeSwitchedOffOrDeleted() {
        Project p = project();
        InvalidInputException off = assertThrows(InvalidInputException.class, () -> ProjectEdits.enable(p, "Haiku", false));
        assertTrue(off.getMessage().startsWith("stack 'Haiku' is used by the levers of stack 'GPT-4o'"), off.getMessage());
        InvalidInputException gone = assertThrows(InvalidInputException.class, () -> ProjectEdits.delete(p, Item.stack("Haiku")));
        assertTrue(gone.getMessage().contains("so it cannot be deleted"), gone.getMessage());
        assertFalse(ProjectEdits.enable(p, "GPT-4o", false).stack("GPT-4o").orElseThrow().enabled());
    }
}
