package com.cp1ki.app.main;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.files.FileProblem;
import com.cp1ki.app.files.ProjectStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.outline.OutlineViewModel;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.recompute.RecomputeService;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.project.ProjectDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File commands and the title, without a toolkit, over an in-memory store that can be told to fail. */
class MainViewModelTest {

    private final Map<Path, ProjectDocument> disk = new HashMap<>();
    private boolean failSaves;
    private final ProjectStore store = new ProjectStore() {
        @Override
        public ProjectDocument load(Path file) throws FileProblem {
            ProjectDocument p = disk.get(file);
            if (p == null) {
                throw new FileProblem(file.getFileName() + " is not a CP1Ki project: line 1: unexpected character", null);
            }
            return p;
        }

        @Override
        public void save(ProjectDocument project, Path file) throws FileProblem {
            if (failSaves) {
                throw new FileProblem("Cannot save " + file.getFileName() + ": disk full", null);
            }
            disk.put(file, project);
        }
    };
    private final Preferences prefs = Preferences.userRoot().node("com/cp1ki/test/mainviewmodel");
    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "summariser-seed.cp1ki");
    private final Templates templates = Templates.fromCatalog(Catalog.bundled());
    private final MainViewModel vm = new MainViewModel(session,
            new RecomputeService(session, CostEngine::report, Delay.none(), Runnable::run, Runnable::run),
            store, new RecentFiles(prefs), templates::blankProject, new OutlineViewModel(session, templates));

    @AfterEach
    void clearPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private void edit() {
        session.execute(new Edit("volume", p -> TestProjects.withVolume(p, 12_345)));
    }

    @Test
    void theTitleNamesTheFileAndStarsUnsavedChanges() {
        assertEquals("CP1Ki Workbench — summariser-seed.cp1ki", vm.titleProperty().get());
        edit();
        assertEquals("CP1Ki Workbench — summariser-seed.cp1ki *", vm.titleProperty().get());
        session.undo();
        assertEquals("CP1Ki Workbench — summariser-seed.cp1ki", vm.titleProperty().get());
    }

    @Test
    void theBundledSampleNeedsAFileNameBeforeItCanBeSaved() {
        assertTrue(vm.needsFileName());
        edit();
        assertTrue(vm.saveAs(Path.of("mine.cp1ki")).isEmpty());
        assertFalse(vm.needsFileName());
        assertFalse(session.isDirty());
        assertEquals("CP1Ki Workbench — mine.cp1ki", vm.titleProperty().get());
        assertEquals(Path.of("mine.cp1ki").toAbsolutePath(), vm.recentFiles().get(0));
    }

    @Test
    void aFailedSaveKeepsTheProjectOpenAndDirtyAndSaysWhy() {
        edit();
        Project edited = session.project();
        failSaves = true;
        assertEquals("Cannot save mine.cp1ki: disk full", vm.saveAs(Path.of("mine.cp1ki")).orElseThrow());
        assertSame(edited, session.project());
        assertTrue(session.isDirty());
        assertTrue(vm.needsFileName());
    }

    @Test
    void aFailedOpenLeavesTheOpenProjectAsItWas() {
        edit();
        Project edited = session.project();
        long rev = session.revision();
        String error = vm.open(Path.of("broken.cp1ki")).orElseThrow();
        assertEquals("broken.cp1ki is not a CP1Ki project: line 1: unexpected character", error);
        assertSame(edited, session.project());
        assertEquals(rev, session.revision());
        assertTrue(session.isDirty());
    }

    @Test
    void openingAFileReplacesTheProjectAndClearsUndo() {
        disk.put(Path.of("other.cp1ki"), new ProjectDocument(TestProjects.withVolume(TestProjects.seed004(), 777), null));
        edit();
        assertTrue(vm.open(Path.of("other.cp1ki")).isEmpty());
        assertEquals(777, session.project().workloads().get(0).inferencesPerDay());
        assertFalse(session.isDirty());
        assertFalse(session.undo());
        assertEquals("CP1Ki Workbench — other.cp1ki", vm.titleProperty().get());
    }

    @Test
    void theResultsTableFollowsEveryReport() {
        int rows = vm.results().rows().size();
        assertEquals(2, rows);
        assertTrue(vm.results().rows().get(0).cp1ki().text().equals("3.04"), vm.results().rows().get(0).toString());
        session.execute(new Edit("volume", p -> TestProjects.withVolume(p, 5)));
        assertEquals("3.04", vm.results().rows().get(0).cp1ki().text());
    }
}
