package com.cp1ki.engine.field;

import java.util.ArrayList;
import java.util.List;

/**
 * The address of one input of a project, written as text so a file can store it: record
 * components from the {@link com.cp1ki.engine.model.Project} down, separated by dots, with an
 * element of a list of named records picked by its name in brackets.
 *
 * <pre>
 *   settings.fxRate
 *   workloads[chat].inferencesPerDay
 *   workloads[chat].tokens.input
 *   stacks[GPT-4o].serving.outputPrice
 *   stacks[Llama on g5].common.failureRate
 *   plans[Pro].usage.median
 * </pre>
 *
 * <p>A list element is the record whose first {@code String} component (its name, or the stack a
 * route goes to) equals the key. In a key, {@code ]} and {@code \} are written {@code \]} and
 * {@code \\}. Scenarios store their overrides and ranges by path, so a path names the field as the
 * user sees it and survives edits of any other field; a path whose item was renamed or deleted no
 * longer resolves, and {@link Fields#exists} says so.
 *
 * @param segments the steps from the project down to the field, at least one
 */
public record FieldPath(List<Segment> segments) {

    /** One step: a record component, and the key of a list element when the component is a list. */
    public record Segment(String component, String key) {
        public Segment {
            if (component == null || component.isEmpty()) {
                throw new IllegalArgumentException("a field path step needs a component name");
            }
            for (int i = 0; i < component.length(); i++) {
                if (!Character.isJavaIdentifierPart(component.charAt(i))) {
                    throw new IllegalArgumentException("'" + component + "' is not a field name");
                }
            }
        }

        public boolean keyed() {
            return key != null;
        }
    }

    public FieldPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a field path needs at least one step");
        }
        if (segments.get(segments.size() - 1).keyed()) {
            throw new IllegalArgumentException("a field path must end at a field, not at a list element");
        }
    }

    /** Parses the text form; throws {@link IllegalArgumentException} with the position at fault. */
    public static FieldPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a field path must not be empty");
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            int start = i;
            while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                i++;
            }
            String component = text.substring(start, i);
            String key = null;
            if (i < n && text.charAt(i) == '[') {
                StringBuilder k = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < n) {
                        k.append(text.charAt(i++));
                    } else if (c == ']') {
                        closed = true;
                        break;
                    } else {
                        k.append(c);
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("field path '" + text + "': '[' at " + start + " is not closed");
                }
                key = k.toString();
            }
            try {
                out.add(new Segment(component, key));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field path '" + text + "': " + e.getMessage(), e);
            }
            if (i == n) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw new IllegalArgumentException("field path '" + text + "': expected '.' at " + i);
            }
            i++;
        }
        return new FieldPath(out);
    }

    /** Builds a path from steps written like the text form, e.g. {@code of("stacks", "GPT-4o", "serving", null, "outputPrice", null)}. */
    public static FieldPath of(String... componentKeyPairs) {
        if (componentKeyPairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of component and key (null for none) expected");
        }
        List<Segment> s = new ArrayList<>();
        for (int i = 0; i < componentKeyPairs.length; i += 2) {
            s.add(new Segment(componentKeyPairs[i], componentKeyPairs[i + 1]));
        }
        return new FieldPath(s);
    }

    /** The path of a field of a named workload, stack or plan, e.g. {@code item("stacks", "GPT-4o", "serving", "outputPrice")}. */
    public static FieldPath item(String list, String name, String... components) {
        List<Segment> s = new ArrayList<>();
        s.add(new Segment(list, name));
        for (String c : components) {
            s.add(new Segment(c, null));
        }
        return new FieldPath(s);
    }

    /** This path with one more step. */
    public FieldPath then(String component) {
        List<Segment> s = new ArrayList<>(segments);
        s.add(new Segment(component, null));
        return new FieldPath(s);
    }

    /** The last component's name, e.g. "outputPrice". */
    public String leaf() {
        return segments.get(segments.size() - 1).component();
    }

    /** The key of the first step, e.g. the stack's name of {@code stacks[GPT-4o].serving.outputPrice}; null when unkeyed. */
    public String itemName() {
        return segments.get(0).key();
    }

    /** The path with every key renamed from {@code from} to {@code to} in the given list step (a rename of an item). */
    public FieldPath renamed(String list, String from, String to) {
        List<Segment> s = new ArrayList<>();
        for (Segment g : segments) {
            s.add(g.component().equals(list) && from.equals(g.key()) ? new Segment(g.component(), to) : g);
        }
        return new FieldPath(s);
    }

    /** The text form, which {@link #parse} reads back. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Segment g : segments) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(g.component());
            if (g.keyed()) {
                b.append('[');
                for (int i = 0; i < g.key().length(); i++) {
                    char c = g.key().charAt(i);
                    if (c == ']' || c == '\\') {
                        b.append('\\');
                    }
                    b.append(c);
                }
                b.append(']');
            }
        }
        return b.toString();
    }
}
