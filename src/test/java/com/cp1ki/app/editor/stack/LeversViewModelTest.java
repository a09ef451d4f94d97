package com.cp1ki.app.editor.stack;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Levers;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stack editor's lever fields: one undoable edit each, checked by the model, shown in their units. */
class LeversViewModelTest {

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");

    private Levers levers(String stack) {
        return session.project().stack(stack).orElseThrow().levers();
    }

    private static FormField field(java.util.List<FormField> fs, String id) {
        return fs.stream().filter(f -> f.spec().id().equals(id)).findFirst().orElseThrow();
    }

    private String api() {
        return session.project().stacks().stream().filter(s -> s.serving() instanceof com.cp1ki.engine.model.ManagedApi)
                .findFirst().orElseThrow().name();
    }

    @Test
    void aShareIsTypedInPercentAndUndoneInOneStep() {
        String stack = api();
        LeversViewModel vm = new LeversViewModel(session, () -> stack, false);
        FormField hits = field(vm.cache(), "leversCacheHitShare");
        assertEquals("%", hits.spec().unit());
        assertTrue(hits.spec().tooltip().contains("semantic cache"));
        hits.textProperty().set("40");
        assertTrue(hits.commit());
        assertEquals(0.4, levers(stack).cache().hitShare(), 1e-12);
        assertTrue(session.undo());
        assertEquals(0, levers(stack).cache().hitShare());
        hits.refresh();
        assertEquals("0", hits.textProperty().get());
        assertTrue(vm.batching().isEmpty(), "a managed API batches through its batch share");
    }

    @Test
    void aShareAbove100IsRefusedAndTheProjectKeepsItsValue() {
        String stack = api();
        LeversViewModel vm = new LeversViewModel(session, () -> stack, false);
        FormField e = field(vm.cascade(), "leversCascadeEscalationShare");
        e.textProperty().set("150");
        assertFalse(e.commit());
        assertEquals(0, levers(stack).cascade().escalationShare());
    }

    @Test
    void theCascadeOffersTheOtherEnabledStacksAndNoneAndIsUndoable() {
        String stack = api();
        LeversViewModel vm = new LeversViewModel(session, () -> stack, false);
        var first = vm.firstStack();
        assertEquals(LeversViewModel.NONE, first.options().get(0));
        assertFalse(first.options().contains(stack), "a stack cannot cascade from itself");
        String other = first.options().get(1);
        first.valueProperty().set(other);
        assertEquals(other, levers(stack).cascade().firstStack());
        first.valueProperty().set(LeversViewModel.NONE);
        assertNull(levers(stack).cascade().firstStack());
        assertTrue(session.undo());
        assertEquals(other, levers(stack).cascade().firstStack());
    }
}
