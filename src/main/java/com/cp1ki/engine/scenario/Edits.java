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
