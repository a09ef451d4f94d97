package com.cp1ki.engine.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A named "what if" of a project: a short list of {@link FieldOverride}s of its base. The numbers of a
 * scenario are the base's with the overrides applied ({@code engine.scenario.ScenarioEngine}).
 *
 * @param name      unique among the project's scenarios; not "Base", which names the project itself
 * @param note      what the scenario stands for, for people ("after the launch campaign"), or null
 * @param overrides the changes, at most one per field, applied in this order
 */
public record Scenario(String name, String note, List<FieldOverride> overrides) {

    /** The name of the project without overrides, which no scenario may take. */
    public static final String BASE = "Base";

    public Scenario {
        Check.name("scenario name", name);
        if (name.strip().equalsIgnoreCase(BASE)) {
            throw new InvalidInputException("scenario name", "'" + name + "' names the project without overrides;"
                    + " give the scenario another name");
        }
        overrides = List.copyOf(Check.present("overrides of scenario '" + name + "'", overrides));
        Set<String> seen = new HashSet<>();
        for (FieldOverride o : overrides) {
            Check.present("override of scenario '" + name + "'", o);
            if (!seen.add(o.field())) {
                throw new InvalidInputException("scenario '" + name + "' overrides",
                        "scenario '" + name + "' overrides " + o.field() + " twice; keep one override per field");
            }
        }
    }

    /** A scenario without a note. */
    public Scenario(String name, List<FieldOverride> overrides) {
        this(name, null, overrides);
    }

    public Scenario withName(String n) {
        return new Scenario(n, note, overrides);
    }

    public Scenario withNote(String n) {
        return new Scenario(name, n, overrides);
    }

    public Scenario withOverrides(List<FieldOverride> o) {
        return new Scenario(name, note, o);
    }

    /** Every override's field passed through {@code rename} (an item of the base was renamed). */
    public Scenario withFieldsRenamed(UnaryOperator<String> rename) {
        return withOverrides(overrides.stream().map(o -> o.withField(rename.apply(o.field()))).toList());
    }

    /** The override of a field, or null. */
    public FieldOverride override(String field) {
        for (FieldOverride o : overrides) {
            if (o.field().equals(field)) {
                return o;
            }
        }
        return null;
    }
}
