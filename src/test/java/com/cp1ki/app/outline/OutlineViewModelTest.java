package com.cp1ki.app.outline;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutlineViewModelTest {

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");
    private final OutlineViewModel vm = new OutlineViewModel(session, Templates.fromCatalog(Catalog.bundled()));

    private List<String> stacks() {
        return session.project().stacks().stream().map(Stack::name).toList();
    }

    @Test
    void addingAGpuStackAppendsTheCatalogsFirstInstanceAndSelectsIt() {
        vm.addGpuStack();
        Stack s = session.project().stacks().get(2);
        assertInstanceOf(SelfHostedGpu.class, s.serving());
        assertEquals(Item.stack(s.name()), vm.selectedProperty().get());
        assertEquals("Add self-hosted GPU stack '" + s.name() + "'", session.undoDescriptionProperty().get());
    }

    @Test
    void duplicateInsertsACopyAfterTheOriginalWithAFreeName() {
        vm.selectedProperty().set(Item.stack("Claude Haiku 3.5"));
        vm.duplicate();
        vm.selectedProperty().set(Item.stack("Claude Haiku 3.5"));
        vm.duplicate();
        assertEquals(List.of("Claude Haiku 3.5", "Claude Haiku 3.5 (copy 2)", "Claude Haiku 3.5 (copy)", "GPT-4o"), stacks());
    }

    @Test
    void renamingAStackRenamesThePlansThatUseItAndTheSelectionFollows() {
        var p = session.project();
        session.replace(p.withPlans(List.of(new Plan("Pro", 10, null, 0, List.of("document_summariser"), "GPT-4o",
                new LognormalUsage(100, 500), null))), null, "t.cp1ki");
        vm.selectedProperty().set(Item.stack("GPT-4o"));
        assertTrue(vm.rename("GPT-4o (2024-08)"));
        assertEquals("GPT-4o (2024-08)", session.project().plans().get(0).stack());
        assertEquals(Item.stack("GPT-4o (2024-08)"), vm.selectedProperty().get());
        session.undo();
        assertEquals(Item.stack("GPT-4o"), vm.selectedProperty().get(), "undo of a rename selects the old name again");
    }

    @Test
    void deletingAStackAPlanUsesIsRefusedWithThePlansName() {
        var p = session.project();
        session.replace(p.withPlans(List.of(new Plan("Pro", 10, null, 0, List.of("document_summariser"), "GPT-4o",
                new LognormalUsage(100, 500), null))), null, "t.cp1ki");
        vm.selectedProperty().set(Item.stack("GPT-4o"));
        vm.delete();
        assertEquals("Plan 'Pro' uses stack 'GPT-4o', which the project does not have", vm.messageProperty().get());
        assertEquals(2, stacks().size());
    }

    @Test
    void moveAndToggleAreUndoableEdits() {
        vm.selectedProperty().set(Item.stack("GPT-4o"));
        vm.move(-1);
        assertEquals(List.of("GPT-4o", "Claude Haiku 3.5"), stacks());
        vm.toggleEnabled();
        assertFalse(session.project().stack("GPT-4o").orElseThrow().enabled());
        session.undo();
        session.undo();
        assertEquals(TestProjects.seed004(), session.project());
        assertNull(vm.messageProperty().get());
    }

    @Test
    void aPlanNeedsAWorkloadAndAStackFirst() {
        session.replace(session.project().withStacks(List.of()), null, "t.cp1ki");
        vm.addPlan();
        assertEquals("A plan needs a workload and a stack: add those first.", vm.messageProperty().get());
        assertTrue(session.project().plans().isEmpty());
    }
}
