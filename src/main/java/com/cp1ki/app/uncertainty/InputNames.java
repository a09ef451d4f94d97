package com.cp1ki.app.uncertainty;

import com.cp1ki.engine.field.FieldPath;

/**
 * An input's field path for people: {@code stacks[GPT-4o].serving.outputPrice} reads "GPT-4o: output
 * price", {@code workloads[chat].tokens.inputScale} "chat: input scale".
 */
final class InputNames {
    /** Steps that only group fields: left out of the name ("serving" of a stack's price). */
    private static final java.util.Set<String> GROUPS = java.util.Set.of("serving", "common", "tokens", "usage");

    private InputNames() {
    }

    static String readable(String field) {
        try {
            FieldPath p = FieldPath.parse(field);
            StringBuilder rest = new StringBuilder();
            for (int i = 1; i < p.segments().size(); i++) {
                FieldPath.Segment s = p.segments().get(i);
                if (GROUPS.contains(s.component()) && i < p.segments().size() - 1) {
                    continue;
                }
                String w = words(s.component());
                if (i > 0 && p.segments().get(i - 1).component().equals("tokens") && (w.equals("input") || w.equals("output"))) {
                    w = w + " tokens";
                }
                rest.append(rest.length() == 0 ? "" : " ").append(w)
                        .append(s.keyed() ? " " + s.key() : "");
            }
            String item = p.itemName();
            if (p.segments().size() == 1) {
                return capitalise(words(p.leaf()));
            }
            return item == null ? words(p.segments().get(0).component()) + " " + rest : item + ": " + rest;
        } catch (RuntimeException e) {
            return field;
        }
    }

    /** "outputPrice" -> "output price", "fxRate" -> "fx rate". */
    static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
