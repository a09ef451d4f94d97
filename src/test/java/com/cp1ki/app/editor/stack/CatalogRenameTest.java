package com.cp1ki.app.editor.stack;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.NewItems;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.GpuInstanceEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filling a GPU stack from the catalog renames it when it still bears the default name derived from
 * the previous entry (g5.xlarge becomes g6.xlarge); a name the user typed is kept (issue 8 item 9).
 */
class CatalogRenameTest {

    private final Catalog catalog = Catalog.bundled();
    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");

    private GpuInstanceEntry entry(String instanceType) {
        return catalog.gpuInstances().stream().filter(e -> e.instanceType().equals(instanceType)).findFirst().orElseThrow();
    }

    private void addGpuStack(String name, String instanceType) {
        session.execute(new Edit("add", p -> NewItems.stack(p, name, entry(instanceType).toServing())));
    }

    private List<String> stacks() {
        return session.project().stacks().stream().map(Stack::name).toList();
    }

    private SelfHostedGpu gpu(String stack) {
        return (SelfHostedGpu) session.project().stack(stack).orElseThrow().serving();
    }

    private String planStack(String plan) {
        return session.project().plans().stream().filter(p -> p.name().equals(plan)).findFirst().orElseThrow().stack();
    }

    @Test
    void aStackNamedAfterItsEntryTakesTheNewEntrysNameAndUndoPutsItBack() {
        addGpuStack("g5.xlarge", "g5.xlarge");
        String plan = "pro";
        session.execute(new Edit("add plan", p -> NewItems.plan(p, plan)));
        session.execute(new Edit("plan on the GPU stack", p -> ProjectEdits.replacePlan(p, plan,
                pl -> new Plan(pl.name(), pl.pricePerUserMonth(), pl.includedInferences(), pl.overagePer1000(),
                        pl.workloads(), "g5.xlarge", pl.usage(), pl.powerUserUsage()))));
        String[] name = {"g5.xlarge"};
        var vm = new CatalogViewModel(session, catalog, () -> name[0]);
        assertTrue(vm.apply(entry("g6.xlarge")).isEmpty());
        assertFalse(stacks().contains("g5.xlarge"), stacks().toString());
        assertEquals("g6.xlarge", gpu("g6.xlarge").instanceType());
        assertEquals("g6.xlarge", planStack(plan), "the plan follows the rename");
        assertTrue(session.undoDescriptionProperty().get().endsWith("(renamed 'g6.xlarge')"),
                session.undoDescriptionProperty().get());
        session.undo();
        assertEquals("g5.xlarge", gpu("g5.xlarge").instanceType(), "one undo puts back fill and name");
        assertEquals("g5.xlarge", planStack(plan));
    }

    @Test
    void aNumberedDefaultNameStaysNumberedWhenTheNewNameIsTaken() {
        addGpuStack("g6.xlarge", "g6.xlarge");
        addGpuStack("g5.xlarge 2", "g5.xlarge");
        assertTrue(new CatalogViewModel(session, catalog, () -> "g5.xlarge 2").apply(entry("g6.xlarge")).isEmpty());
        assertTrue(stacks().contains("g6.xlarge 2"), stacks().toString());
        assertFalse(stacks().contains("g5.xlarge 2"));
    }

    @Test
    void aNameTheUserTypedIsKept() {
        addGpuStack("Llama on our GPUs", "g5.xlarge");
        assertTrue(new CatalogViewModel(session, catalog, () -> "Llama on our GPUs").apply(entry("g6.xlarge")).isEmpty());
        assertEquals("g6.xlarge", gpu("Llama on our GPUs").instanceType());
        assertFalse(stacks().contains("g6.xlarge"));
        assertFalse(session.undoDescriptionProperty().get().contains("renamed"));
    }

    @Test
    void defaultNamesAreTheEntryOrTheEntryAndANumber() {
        assertTrue(CatalogViewModel.isDefaultName("g5.xlarge", "g5.xlarge"));
        assertTrue(CatalogViewModel.isDefaultName("g5.xlarge 12", "g5.xlarge"));
        assertFalse(CatalogViewModel.isDefaultName("g5.xlarge fleet", "g5.xlarge"));
        assertFalse(CatalogViewModel.isDefaultName("g5.xlarge 0", "g5.xlarge"));
        assertFalse(CatalogViewModel.isDefaultName("my g5.xlarge", "g5.xlarge"));
    }
}
