package com.cp1ki.app.scenario;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.report.OverrideProblem;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The project's scenarios in the workbench: which one is shown (the session's state), its overrides
 * with each field's base value beside it, and every change to them as one undoable edit: save the
 * changes since the last save as a scenario, duplicate, rename, delete, merge another file's, set or
 * remove an override. Everything here derives from the session on each revision; the side-by-side
 * table is {@link CompareViewModel}'s.
 */
public final class ScenariosViewModel {

    private final ProjectSession session;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<OverrideRow> overrides = FXCollections.observableArrayList();
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    public ScenariosViewModel(ProjectSession session) {
        this.session = session;
        session.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Project p = session.project();
        List<String> n = new ArrayList<>();
        n.add(Scenario.BASE);
        p.scenarios().forEach(s -> n.add(s.name()));
        if (!names.equals(n)) {
            names.setAll(n);
        }
        List<OverrideRow> rows = new ArrayList<>();
        Scenario shown = session.scenario() == null ? null : p.scenario(session.scenario()).orElse(null);
        if (shown != null) {
            List<OverrideProblem> problems = ScenarioEngine.applied(p, shown.name()).problems();
            for (FieldOverride o : shown.overrides()) {
                String problem = problems.stream().filter(x -> x.field().equals(o.field())).map(OverrideProblem::message)
                        .findFirst().orElse("");
                rows.add(new OverrideRow(o.field(), base(p, o.field()), OverrideText.describe(o), problem));
            }
        }
        overrides.setAll(rows);
        fields.setAll(Fields.all(p.withScenarios(List.of())).stream().map(f -> f.path().toString()).toList());
    }

    private static String base(Project p, String field) {
        try {
            return OverrideText.value(Fields.get(p, FieldPath.parse(field)));
        } catch (RuntimeException e) {
            return "— (no such field)";
        }
    }

    /** Shows a scenario (or "Base"): every chart and table then derives from its report. Undoable. */
    public void show(String name) {
        message.set(null);
        session.showScenario(name == null || ScenarioEngine.isBase(name) ? null : name);
    }

    /** The changes made since the last save become a new scenario (shown), and the base goes back to as saved. */
    public void saveChangesAsScenario(String name) {
        List<FieldOverride> changes;
        try {
            changes = ScenarioEngine.changes(session.saved(), session.project());
        } catch (InvalidInputException e) {
            message.set(e.getMessage());
            return;
        }
        if (changes.isEmpty()) {
            message.set("Nothing has changed since the last save: edit the base, then save the changes as a scenario.");
            return;
        }
        String n = free(name);
        Project saved = session.saved();
        edit("Save " + changes.size() + " change(s) as scenario " + n,
                p -> saved.withScenarios(with(p.scenarios(), new Scenario(n, changes))), n);
    }

    /** A copy of the shown scenario, named "NAME copy", shown. */
    public void duplicate() {
        shown().ifPresent(s -> {
            String n = ScenarioEngine.freeName(session.project(), s.name() + " copy");
            edit("Duplicate scenario " + s.name(), p -> p.withScenarios(with(p.scenarios(), s.withName(n))), n);
        });
    }

    public void rename(String to) {
        shown().ifPresent(s -> {
            String n = to == null ? "" : to.strip();
            edit("Rename scenario " + s.name() + " to " + n, p -> p.withScenarios(replace(p.scenarios(), s.name(),
                    x -> x.withName(n))), n);
        });
    }

    /** Deletes the shown scenario; the base is shown after. */
    public void delete() {
        shown().ifPresent(s -> edit("Delete scenario " + s.name(),
                p -> p.withScenarios(p.scenarios().stream().filter(x -> !x.name().equals(s.name())).toList()), null));
    }

    /** Adds another project's scenarios (names taken get " (2)"); their overrides stay as they are. */
    public void merge(Project other, String fileName) {
        if (other.scenarios().isEmpty()) {
            message.set(fileName + " has no scenarios to merge.");
            return;
        }
        edit("Merge " + other.scenarios().size() + " scenario(s) from " + fileName,
                p -> ScenarioEngine.merge(p, other.scenarios()), session.scenario());
    }

    /** Merging was refused before the project could be read (the file's problem, in words). */
    public void mergeFailed(String why) {
        message.set(why);
    }

    /** Sets or replaces the override of a field in the shown scenario from its text ("7.5", "x3", "-50%", "on"). */
    public void setOverride(String field, String text) {
        Optional<Scenario> s = shown();
        if (s.isEmpty()) {
            message.set("Show a scenario first: overrides belong to a scenario, the base is edited in the editors.");
            return;
        }
        FieldOverride o;
        try {
            String f = FieldPath.parse(field == null ? "" : field.strip()).toString();
            o = OverrideText.parse(f, text);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        edit("Override " + o.field() + " " + OverrideText.describe(o) + " in scenario " + s.get().name(),
                p -> p.withScenarios(replace(p.scenarios(), s.get().name(), x -> x.withOverrides(put(x.overrides(), o)))),
                s.get().name());
    }

    public void removeOverride(String field) {
        shown().ifPresent(s -> edit("Remove the override of " + field + " from scenario " + s.name(),
                p -> p.withScenarios(replace(p.scenarios(), s.name(), x -> x.withOverrides(
                        x.overrides().stream().filter(o -> !o.field().equals(field)).toList()))), s.name()));
    }

    private void edit(String description, UnaryOperator<Project> change, String shownAfter) {
        message.set(session.execute(new Edit(description, change), shownAfter).orElse(null));
    }

    private Optional<Scenario> shown() {
        String n = session.scenario();
        if (n == null) {
            message.set("The base is shown: pick a scenario first.");
            return Optional.empty();
        }
        return session.project().scenario(n);
    }

    private String free(String name) {
        String n = name == null || name.isBlank() ? "Scenario " + (session.project().scenarios().size() + 1) : name.strip();
        return ScenarioEngine.freeName(session.project(), n);
    }

    private static List<Scenario> with(List<Scenario> list, Scenario s) {
        List<Scenario> out = new ArrayList<>(list);
        out.add(s);
        return out;
    }

    private static List<Scenario> replace(List<Scenario> list, String name, UnaryOperator<Scenario> f) {
        return list.stream().map(s -> s.name().equals(name) ? f.apply(s) : s).toList();
    }

    private static List<FieldOverride> put(List<FieldOverride> list, FieldOverride o) {
        List<FieldOverride> out = new ArrayList<>();
        boolean replaced = false;
        for (FieldOverride x : list) {
            if (x.field().equals(o.field())) {
                out.add(o);
                replaced = true;
            } else {
                out.add(x);
            }
        }
        if (!replaced) {
            out.add(o);
        }
        return out;
    }

    public ProjectSession session() {
        return session;
    }

    /** "Base", then the scenarios' names in project order. */
    public ObservableList<String> names() {
        return names;
    }

    /** The shown scenario's overrides (empty when the base is shown). */
    public ObservableList<OverrideRow> overrides() {
        return overrides;
    }

    /** Every field path of the base, for picking a field to override. */
    public ObservableList<String> fields() {
        return fields;
    }

    /** Why the last action was refused, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
