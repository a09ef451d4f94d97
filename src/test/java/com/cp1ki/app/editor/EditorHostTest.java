package com.cp1ki.app.editor;

import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** When the editor on show follows its item to a new name, and when it is rebuilt for another item. */
class EditorHostTest {

    private final Project seed = Samples.seed();

    @Test
    void aRenameIsFollowedAndSoIsItsUndo() {
        Project renamed = ProjectEdits.rename(seed, Item.stack("GPT-4o"), "GPT-4o mini");
        assertEquals(Item.stack("GPT-4o mini"), EditorHost.renamed(seed, renamed, Item.stack("GPT-4o")));
        assertEquals(Item.stack("GPT-4o"), EditorHost.renamed(renamed, seed, Item.stack("GPT-4o mini")));
        Project plan = ProjectEdits.rename(seed, Item.plan("Pro"), "Pro yearly");
        assertEquals(Item.plan("Pro yearly"), EditorHost.renamed(seed, plan, Item.plan("Pro")));
    }

    @Test
    void aDeleteIsNotARenameSoTheNeighboursEditorIsBuilt() {
        Project deleted = ProjectEdits.delete(seed, Item.stack("GPT-4o"));
        assertNull(EditorHost.renamed(seed, deleted, Item.stack("GPT-4o")));
    }

    @Test
    void aStackThatChangedItsKindOfServingIsShownByAFreshEditor() {
        var api = seed.stack("GPT-4o").orElseThrow();
        var gpu = seed.stacks().stream().filter(s -> !(s.serving() instanceof com.cp1ki.engine.model.ManagedApi))
                .findFirst().orElseThrow();
        Project swapped = ProjectEdits.replaceStack(seed, "GPT-4o", s -> gpu.withName("GPU now"));
        assertNull(EditorHost.renamed(seed, swapped, Item.stack(api.name())));
    }
}
