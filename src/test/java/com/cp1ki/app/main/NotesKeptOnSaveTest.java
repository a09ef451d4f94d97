package com.cp1ki.app.main;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.files.ProjectFilesStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.outline.OutlineViewModel;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.recompute.RecomputeService;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A file's notes (sources, attribution) survive opening, editing and saving through the real file store. */
class NotesKeptOnSaveTest {

    private static final Path TRACES = Path.of("sample-projects/azure-llm-traces.cp1ki");

    private final Preferences prefs = Preferences.userRoot().node("com/cp1ki/test/noteskept");
    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "summariser-seed.cp1ki");
    private final Templates templates = Templates.fromCatalog(Catalog.bundled());
    private final MainViewModel vm = new MainViewModel(session,
            new RecomputeService(session, CostEngine::report, Delay.none(), Runnable::run, Runnable::run),
            new ProjectFilesStore(), new RecentFiles(prefs), templates::blankProject,
            new OutlineViewModel(session, templates));

    @AfterEach
    void clearPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void anEditedAndSavedSampleKeepsItsAttributionNotes(@TempDir Path dir) throws Exception {
        String notes = ProjectFiles.loadDocument(TRACES).notes();
        assertNotNull(notes, "the sample has attribution notes");

        assertEquals(java.util.Optional.empty(), vm.open(TRACES));
        session.execute(new Edit("volume", p -> TestProjects.withVolume(p, 12_345)));
        Path out = dir.resolve("edited.cp1ki");
        assertEquals(java.util.Optional.empty(), vm.saveAs(out));

        ProjectDocument reloaded = ProjectFiles.loadDocument(out);
        assertEquals(notes, reloaded.notes());
        assertEquals(12_345, reloaded.project().workloads().get(0).inferencesPerDay());
    }

    @Test
    void aNewProjectStartsWithoutTheOpenedFilesNotes(@TempDir Path dir) throws Exception {
        vm.open(TRACES);
        vm.newProject();
        Path out = dir.resolve("new.cp1ki");
        assertEquals(java.util.Optional.empty(), vm.saveAs(out));
        assertNull(ProjectFiles.loadDocument(out).notes());
    }
}
