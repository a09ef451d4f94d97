package com.cp1ki.io.project;

import com.cp1ki.engine.model.InvalidInputException;

import java.util.Map;

/**
 * A position in a project file while it is mapped: the field path ({@code stacks[1].serving}),
 * the path of the enclosing list element ({@code stacks[1]}) and the label people read in
 * messages ({@code stacks[1] (GPT-4o)}).
 */
public record Where(String path, String element, String label) {

    public static Where root() {
        return new Where("", "", "");
    }

    /** A field of the current object; the label stays that of the enclosing element. */
    public Where field(String name) {
        return new Where(pathOf(name), element, label);
    }

    /** Element {@code i} of the list at this position; it becomes the label. */
    public Where index(int i) {
        String p = path + "[" + i + "]";
        return new Where(p, p, p);
    }

    /** Adds the element's name to the label: {@code stacks[1] (GPT-4o)}. */
    public Where named(String name) {
        return name == null || name.isBlank() ? this : new Where(path, element, label + " (" + name + ")");
    }

    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A required field that is absent (or null). */
    public FieldError missing(String field) {
        return new FieldError(pathOf(field), prefix() + "has no " + relative(field) + " (it is required)");
    }

    /** A value the file holds that is not one of the allowed words. */
    public FieldError notOneOf(String field, String value, String allowed) {
        return new FieldError(pathOf(field),
                prefix() + relative(field) + " must be one of " + allowed + ", was '" + value + "'");
    }

    /**
     * An engine invariant broken by this element's values: the engine's message (which names the
     * field in words) with the element's label; the location is the JSON field when known.
     */
    public FieldError invalid(InvalidInputException e, Map<String, String> jsonFields) {
        String json = jsonFields.get(e.field());
        return new FieldError(json == null ? path : pathOf(json), prefix() + e.getMessage());
    }

    /** Any other problem at this position. */
    public FieldError error(String field, String detail) {
        return new FieldError(field == null ? path : pathOf(field), prefix() + detail);
    }

    private String prefix() {
        return label.isEmpty() ? "" : label + " ";
    }

    /** The field's path below the labelled element, e.g. "serving.inputPricePerMTok" under "stacks[1]". */
    private String relative(String field) {
        String full = pathOf(field);
        return !element.isEmpty() && full.startsWith(element + ".") ? full.substring(element.length() + 1) : full;
    }
}
