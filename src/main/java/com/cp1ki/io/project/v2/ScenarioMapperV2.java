package com.cp1ki.io.project.v2;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.io.project.Where;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.cp1ki.io.project.v2.Values.required;

/**
 * Scenarios (format 3) between DTOs and engine records. Reading checks what a file can get wrong
 * (the cap, one name twice, a path that is not a field path, set and scale both or neither), each
 * with the scenario's name; an override whose item the project no longer has is kept, since the
 * engine flags it when the scenario is applied.
 */
final class ScenarioMapperV2 {

    private ScenarioMapperV2() {
    }

    static List<Scenario> fromDto(List<ScenarioDto> dtos, Where root) {
        if (dtos == null) {
            return List.of();
        }
        if (dtos.size() > Project.MAX_SCENARIOS) {
            throw root.error("scenarios", "scenarios has " + dtos.size() + " entries; a project holds at most "
                    + Project.MAX_SCENARIOS + " scenarios beside its base");
        }
        List<Scenario> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dtos.size(); i++) {
            Where at = root.field("scenarios").index(i);
            ScenarioDto d = Values.element(at, dtos.get(i));
            Where named = at.named(d.name());
            String name = required(named, "name", d.name());
            if (!names.add(name)) {
                throw named.error("name", "has the same name as an earlier scenario; scenario names must differ");
            }
            List<FieldOverride> overrides = new ArrayList<>();
            Set<String> fields = new HashSet<>();
            List<OverrideDto> ods = d.overrides() == null ? List.of() : d.overrides();
            for (int j = 0; j < ods.size(); j++) {
                String f = "overrides[" + j + "]";
                OverrideDto o = Values.element(named.field(f), ods.get(j));
                FieldOverride fo = override(o, named, f);
                if (!fields.add(fo.field())) {
                    throw named.error(f + ".field", "overrides " + fo.field() + " twice; keep one override per field");
                }
                overrides.add(fo);
            }
            try {
                out.add(new Scenario(name, d.note(), overrides));
            } catch (InvalidInputException e) {
                throw named.error("name", e.getMessage());
            }
        }
        return out;
    }

    private static FieldOverride override(OverrideDto o, Where at, String f) {
        String field = required(at, f + ".field", o.field());
        try {
            FieldPath.parse(field);
        } catch (IllegalArgumentException e) {
            throw at.error(f + ".field", f + ".field is not a field path: " + e.getMessage());
        }
        if ((o.set() == null) == (o.scale() == null)) {
            throw at.error(f, f + " (" + field + ") needs exactly one of 'set' (a value) and 'scale' (a factor)");
        }
        try {
            if (o.scale() != null) {
                return FieldOverride.scale(field, o.scale());
            }
            JsonNode v = o.set();
            if (v.isNull()) {
                return FieldOverride.setValue(field, null);
            }
            if (v.isNumber()) {
                return FieldOverride.set(field, v.doubleValue());
            }
            if (v.isBoolean()) {
                return FieldOverride.setValue(field, v.booleanValue());
            }
            if (v.isTextual()) {
                return FieldOverride.setValue(field, v.textValue());
            }
        } catch (InvalidInputException e) {
            throw at.error(f + (o.scale() != null ? ".scale" : ".set"), e.getMessage());
        }
        throw at.error(f + ".set", f + " (" + field + ") 'set' must be a number, true or false, a choice, or null");
    }

    static List<ScenarioDto> toDto(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            return null;
        }
        return scenarios.stream().map(s -> new ScenarioDto(s.name(), s.note(),
                s.overrides().stream().map(ScenarioMapperV2::toDto).toList())).toList();
    }

    private static OverrideDto toDto(FieldOverride o) {
        if (o.op() == FieldOverride.Op.SCALE) {
            return new OverrideDto(o.field(), null, o.factor());
        }
        Object v = o.value();
        JsonNode n = v == null ? NullNode.instance : v instanceof Double d ? number(d)
                : v instanceof Boolean b ? BooleanNode.valueOf(b) : TextNode.valueOf((String) v);
        return new OverrideDto(o.field(), n, null);
    }

    /** A number as the rest of the file writes it: whole numbers without ".0". */
    private static JsonNode number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return LongNode.valueOf((long) d);
        }
        return DoubleNode.valueOf(d);
    }
}
