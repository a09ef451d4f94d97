package com.cp1ki.engine.scenario;

import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Scenarios made from edits and from another project: {@link ScenarioEngine#fromChanges}, {@link ScenarioEngine#merge}. */
final class Edits {

    private Edits() {
    }

    static List<FieldOverride> changes(Project from, Project to) {
        Map<String, Fields.Field> before = new LinkedHashMap<>();
        for (Fields.Field f : Fields.all(from)) {
            before.put(f.path().toString(), f);
        }
        Map<String, Fields.Field> after = new LinkedHashMap<>();
        for (Fields.Field f : Fields.all(to)) {
            after.put(f.path().toString(), f);
        }
        if (!before.keySet().equals(after.keySet())) {
            Set<String> added = new HashSet<>(after.keySet());
            added.removeAll(before.keySet());
            Set<String> gone = new HashSet<>(before.keySet());
            gone.removeAll(after.keySet());
            String example = !added.isEmpty() ? "now has " + first(added) : "no longer has " + first(gone);
            throw new InvalidInputException("scenario", "a scenario holds changes of values only, but items were"
                    + " added, deleted or renamed since (the project " + example + "); save the project first,"
                    + " then make the value changes and save them as a scenario");
        }
        List<FieldOverride> out = new ArrayList<>();
        for (var e : after.entrySet()) {
            Object was = before.get(e.getKey()).value();
            Object is = e.getValue().value();
            if (!Objects.equals(was, is)) {
                out.add(FieldOverride.setValue(e.getKey(), is));
            }
        }
        return out;
    }

    /**
     * The scenario with an edit of its project kept as its overrides: each field the edit changed
     * is set to its new value, in the place of an override of that field (or added at the end);
     * a field edited back to the base's value loses its override.
     */
    static Project withEdit(Project project, String name, java.util.function.UnaryOperator<Project> change) {
        Scenario s = project.scenario(name).orElseThrow(() -> new InvalidInputException("scenario",
                "there is no scenario named '" + name + "'"));
        Project shown = Overrides.apply(project, s).project();
        Project edited = change.apply(shown);
        List<FieldOverride> changed;
        try {
            changed = changes(shown, edited);
        } catch (InvalidInputException e) {
            if (!"scenario".equals(e.field())) {
                throw e;
            }
            throw new InvalidInputException("scenario '" + name + "'", "scenario '" + name + "' changes values only:"
                    + " names, and adding or deleting items, belong to the base (show the base, Ctrl+Shift+B, to"
                    + " make this change)");
        }
        Project base = project.withScenarios(List.of());
        List<FieldOverride> os = new ArrayList<>(s.overrides());
        for (FieldOverride c : changed) {
            int at = -1;
            for (int i = 0; i < os.size(); i++) {
                if (os.get(i).field().equals(c.field())) {
                    at = i;
                }
            }
            boolean asBase = Objects.equals(Fields.get(base, com.cp1ki.engine.field.FieldPath.parse(c.field())), c.value());
            if (at >= 0 && asBase) {
                os.remove(at);
            } else if (at >= 0) {
                os.set(at, c);
            } else if (!asBase) {
                os.add(c);
            }
        }
        String n = s.name();
        Project out = project.withScenarios(project.scenarios().stream().map(x -> x.name().equals(n) ? x.withOverrides(os) : x)
                .toList());
        if (!Overrides.apply(out, out.scenario(n).orElseThrow()).project().equals(edited)) {
            // part of the edit is not a number, switch or choice (a token distribution, a list, a model's name)
            throw new InvalidInputException("scenario '" + n + "'", "scenario '" + n + "' holds changes of numbers,"
                    + " switches and choices only, and this edit changes more (a name, a list or a token distribution):"
                    + " show the base (Ctrl+Shift+B) to make it there");
        }
        return out;
    }

    private static String first(Set<String> s) {
        return s.stream().sorted().findFirst().orElse("");
    }

    static Project merge(Project into, List<Scenario> others) {
        List<Scenario> all = new ArrayList<>(into.scenarios());
        Set<String> names = new HashSet<>();
        all.forEach(s -> names.add(s.name()));
        for (Scenario s : others) {
            String n = s.name();
            for (int k = 2; names.contains(n); k++) {
                n = s.name() + " (" + k + ")";
            }
            names.add(n);
            all.add(s.withName(n));
        }
        if (all.size() > Project.MAX_SCENARIOS) {
            throw new InvalidInputException("scenarios", "merging gives " + all.size() + " scenarios; a project holds"
                    + " at most " + Project.MAX_SCENARIOS + " beside its base. Delete "
                    + (all.size() - Project.MAX_SCENARIOS) + " first");
        }
        return into.withScenarios(all);
    }

    /** A name not yet taken: {@code wanted}, or "wanted (2)", "wanted (3)" ... */
    static String freeName(Project p, String wanted) {
        String n = wanted;
        for (int k = 2; p.scenario(n).isPresent() || ScenarioEngine.isBase(n); k++) {
            n = wanted + " (" + k + ")";
        }
        return n;
    }

}
