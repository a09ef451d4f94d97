package com.cp1ki.app.session;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outline operations on stacks that routed workloads use: refused with the workloads named, or followed. */
class RoutedStackEditsTest {

    static Project sample() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
    }

    @Test
    void aStackServingRoutedWorkloadsCannotBeSwitchedOffOrDeleted() throws Exception {
        Project p = sample();
        InvalidInputException off = assertThrows(InvalidInputException.class, () -> ProjectEdits.enable(p, "GPT-4o", false));
        assertTrue(off.getMessage().startsWith("stack 'GPT-4o' serves chat (20%), legal_analysis (100%) in production,"
                + " so it cannot be switched off"), off.getMessage());
        InvalidInputException gone = assertThrows(InvalidInputException.class,
                () -> ProjectEdits.delete(p, Item.stack("GPT-4o")));
        assertTrue(gone.getMessage().contains("so it cannot be deleted"), gone.getMessage());
        Project moved = p.withRouteMoved("chat", "GPT-4o", "Claude Haiku 3.5", 0.2)
                .withRouteMoved("legal_analysis", "GPT-4o", "Claude Haiku 3.5", 1);
        assertTrue(!ProjectEdits.enable(moved, "GPT-4o", false).stack("GPT-4o").orElseThrow().enabled());
    }

    @Test
    void renamingAStackRenamesItInEveryRoute() throws Exception {
        Project p = ProjectEdits.rename(sample(), Item.stack("Claude Haiku 3.5"), "Haiku");
        assertEquals(List.of(new Route("Haiku", 0.8), new Route("GPT-4o", 0.2)), p.workload("chat").orElseThrow().routing());
        assertEquals(0.5, p.workload("ticket_triage").orElseThrow().shareOn("Haiku"));
    }
}
