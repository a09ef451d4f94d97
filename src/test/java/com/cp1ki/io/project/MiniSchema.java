package com.cp1ki.io.project;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The subset of JSON Schema (2020-12) that docs/project-file.schema.json uses: $ref to $defs,
 * oneOf, const, enum, type, properties, required, additionalProperties false, items, minimum,
 * maximum (inclusive and exclusive), minItems, minLength. Enough to check sample files against
 * the schema without a schema library.
 */
final class MiniSchema {
    private final JsonNode root;

    MiniSchema(JsonNode root) {
        this.root = root;
    }

    List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            s = root.get("$defs").get(ref.substring("#/$defs/".length()));
        }
        return s;
    }

    private void check(JsonNode schemaIn, JsonNode v, String at, List<String> errors) {
        JsonNode s = resolve(schemaIn);
        if (s.has("oneOf")) {
            int matches = 0;
            for (JsonNode alt : s.get("oneOf")) {
                List<String> e = new ArrayList<>();
                check(alt, v, at, e);
                matches += e.isEmpty() ? 1 : 0;
            }
            if (matches != 1) {
                errors.add(at + ": matches " + matches + " of the oneOf alternatives, not exactly one");
            }
        }
        if (s.has("const") && !s.get("const").equals(v)) {
            errors.add(at + ": must be " + s.get("const"));
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(at + ": not one of " + s.get("enum"));
            }
        }
        if (s.has("type") && !typeOk(s.get("type").asText(), v)) {
            errors.add(at + ": must be of type " + s.get("type").asText());
            return;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (s.has("minimum") && d < s.get("minimum").doubleValue()
                    || s.has("exclusiveMinimum") && d <= s.get("exclusiveMinimum").doubleValue()
                    || s.has("maximum") && d > s.get("maximum").doubleValue()
                    || s.has("exclusiveMaximum") && d >= s.get("exclusiveMaximum").doubleValue()) {
                errors.add(at + ": " + d + " is out of range");
            }
        }
        if (v.isTextual() && s.has("minLength") && v.asText().length() < s.get("minLength").asInt()) {
            errors.add(at + ": too short");
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                errors.add(at + ": too few items");
            }
            if (s.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(s.get("items"), v.get(i), at + "[" + i + "]", errors);
                }
            }
        }
        if (v.isObject()) {
            for (JsonNode r : s.path("required")) {
                if (!v.has(r.asText())) {
                    errors.add(at + ": missing required " + r.asText());
                }
            }
            JsonNode props = s.path("properties");
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (props.has(k)) {
                    check(props.get(k), v.get(k), at + "." + k, errors);
                } else if (s.path("additionalProperties").isBoolean() && !s.get("additionalProperties").asBoolean()) {
                    errors.add(at + ": property " + k + " is not allowed");
                }
            }
        }
    }

    private static boolean typeOk(String type, JsonNode v) {
        return switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            default -> throw new IllegalArgumentException("unsupported type " + type);
        };
    }
}
