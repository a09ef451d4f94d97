package com.cp1ki.app.scenario;

import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a scenario is shown the editors show its values, and a change made in an editor becomes
 * (or updates) an override of that scenario, the base's value beside the field; one undoable step.
 */
class EditInScenarioTest {

    private static final String CHAT = ScenariosViewModelTest.CHAT;

    private static FormField volume(ProjectSession s) {
        FieldSet<Workload> f = new FieldSet<>(s, Targets.workload("chat"), "workload");
        return f.number("inferencesPerDay", "Volume", "inferences / day", "tip", Rule.POSITIVE);
    }

    @Test
    void theEditorShowsTheScenariosValueWithTheBasesBesideIt() throws Exception {
        ProjectSession s = ScenariosViewModelTest.session();
        FormField v = volume(s);
        assertEquals("40,000", v.textProperty().get());
        assertNull(v.baseNoteProperty().get(), "the base is shown: nothing to compare with");
        new ScenariosViewModel(s).show("Launch");
        v.refresh(); // as the editor does on every revision
        assertEquals("120,000", v.textProperty().get(), "Launch triples chat's volume");
        assertEquals("base 40,000", v.baseNoteProperty().get());
        new ScenariosViewModel(s).show("Pro at $19");
        v.refresh();
        assertEquals("40,000", v.textProperty().get());
        assertNull(v.baseNoteProperty().get(), "Pro at $19 does not override the volume");
    }

    @Test
    void aChangeBecomesAnOverrideOfTheShownScenarioAndLeavesTheBaseOneUndoAway() throws Exception {
        ProjectSession s = ScenariosViewModelTest.session();
        Project base = s.project().withScenarios(List.of());
        FormField v = volume(s);
        new ScenariosViewModel(s).show("Launch");
        v.refresh(); // as the editor does on every revision
        v.textProperty().set("90,000");
        assertTrue(v.commit(), String.valueOf(v.errorProperty().get()));
        assertEquals(base, s.project().withScenarios(List.of()), "the base is unchanged");
        assertEquals(FieldOverride.setValue(CHAT, 90_000.0),
                s.project().scenario("Launch").orElseThrow().override(CHAT), "the x3 became 90,000");
        assertEquals("Launch", s.scenario(), "still editing Launch");
        assertEquals("90,000", v.textProperty().get());
        assertTrue(s.undoDescriptionProperty().get().endsWith("in scenario Launch"), s.undoDescriptionProperty().get());
        ScenariosViewModel list = new ScenariosViewModel(s);
        OverrideRow row = list.overrides().stream().filter(r -> r.field().equals(CHAT)).findFirst().orElseThrow();
        assertEquals("40,000", row.base());
        assertEquals("= 90,000", row.change());
        assertTrue(s.undo());
        v.refresh();
        assertEquals("120,000", v.textProperty().get(), "undo brings the x3 back");
        assertEquals(FieldOverride.scale(CHAT, 3), s.project().scenario("Launch").orElseThrow().override(CHAT));
    }

    @Test
    void typingTheBasesValueRemovesTheOverrideAndANewFieldAddsOne() throws Exception {
        ProjectSession s = ScenariosViewModelTest.session();
        FormField v = volume(s);
        new ScenariosViewModel(s).show("Launch");
        v.refresh(); // as the editor does on every revision
        v.textProperty().set("40000");
        assertTrue(v.commit());
        assertNull(s.project().scenario("Launch").orElseThrow().override(CHAT));
        assertNull(v.baseNoteProperty().get());
        new ScenariosViewModel(s).show("Pro at $19");
        v.refresh();
        int before = s.project().scenario("Pro at $19").orElseThrow().overrides().size();
        v.textProperty().set("45,000");
        assertTrue(v.commit());
        assertEquals(before + 1, s.project().scenario("Pro at $19").orElseThrow().overrides().size());
        assertEquals("base 40,000", v.baseNoteProperty().get());
    }

    @Test
    void aRenameWhileAScenarioIsShownIsRefusedWithWhereToMakeIt() throws Exception {
        ProjectSession s = ScenariosViewModelTest.session();
        FormField name = new FormField(new FormField.Spec("projectName", "Project name", "", "tip", FormField.Kind.TEXT,
                Rule.ANY, 1, false), s, () -> s.shown().name(), v -> new com.cp1ki.app.session.Edit("Rename the project",
                p -> p.withName((String) v)));
        new ScenariosViewModel(s).show("Launch");
        Project before = s.project();
        name.textProperty().set("conversation");
        assertTrue(!name.commit());
        assertTrue(name.errorProperty().get().contains("Ctrl+Shift+B"), name.errorProperty().get());
        assertEquals(before, s.project());
    }

    @Test
    void theOutlinesOnOffSwitchOfAStackIsTheShownScenariosToo() throws Exception {
        Project seed = com.cp1ki.io.project.ProjectFiles.load(java.nio.file.Path.of("sample-projects/summariser-seed.cp1ki"))
                .withScenarios(List.of(new com.cp1ki.engine.model.Scenario("Without GPT-4o", List.of())));
        ProjectSession s = new ProjectSession(seed, null, "seed.cp1ki");
        com.cp1ki.app.outline.OutlineViewModel outline = new com.cp1ki.app.outline.OutlineViewModel(s,
                com.cp1ki.app.session.Templates.fromCatalog(com.cp1ki.io.catalog.Catalog.bundled()));
        new ScenariosViewModel(s).show("Without GPT-4o");
        outline.setEnabled("GPT-4o", false);
        assertTrue(s.project().stack("GPT-4o").orElseThrow().enabled(), "the base keeps GPT-4o on");
        assertEquals(FieldOverride.setValue("stacks[GPT-4o].enabled", false),
                s.project().scenario("Without GPT-4o").orElseThrow().override("stacks[GPT-4o].enabled"));
        assertTrue(!outline.isEnabled("GPT-4o"), "the outline shows the scenario's switch");
        new ScenariosViewModel(s).show(null);
        assertTrue(outline.isEnabled("GPT-4o"));
    }

    @Test
    void theBannerSaysWhichScenarioIsEdited() {
        String b = ScenarioBar.banner("Launch");
        assertTrue(b.startsWith("Editing scenario \u201cLaunch\u201d"), b);
        assertTrue(b.contains("override") && b.contains("Ctrl+Shift+B"), b);
    }
}
