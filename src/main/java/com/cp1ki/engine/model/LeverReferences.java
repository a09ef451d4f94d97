package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stacks a stack's levers name (a cascade's first stack, a compressor) must be other, enabled
 * stacks of the project, and no chain of such references may come back to where it started.
 * {@link Project} runs {@link #check}; the file loader runs {@link #checkStack} per stack to name
 * the JSON field at fault.
 */
public final class LeverReferences {
    /** The engine's names of the two reference fields, as in {@link InvalidInputException#field()}. */
    public static final String CASCADE_FIELD = "cascade first stack";
    public static final String COMPRESSOR_FIELD = "compressor stack";

    private LeverReferences() {
    }

    static void check(List<Stack> stacks) {
        Map<String, Stack> byName = null;
        for (Stack s : stacks) {
            Levers l = s.levers();
            if (l.cascade().firstStack() == null && l.compression().compressor() == null) {
                continue; // it names no stack, so nothing to check and no chain starts here (no map built for it)
            }
            if (byName == null) {
                byName = new HashMap<>();
                for (Stack t : stacks) {
                    byName.put(t.name(), t);
                }
            }
            checkStack(s, byName);
        }
    }

    /**
     * One stack's references: each names another, enabled stack of the project and no chain of
     * references comes back to {@code s}.
     *
     * @throws InvalidInputException naming the stack and the field ({@link #CASCADE_FIELD} or
     *                               {@link #COMPRESSOR_FIELD})
     */
    public static void checkStack(Stack s, Map<String, Stack> byName) {
        Levers l = s.levers();
        one(s, l.cascade().firstStack(), CASCADE_FIELD, "cascades from", byName);
        one(s, l.compression().compressor(), COMPRESSOR_FIELD, "compresses its prompts with", byName);
        List<String> path = new ArrayList<>();
        path.add(s.name());
        cycle(s, path, new HashSet<>(), byName);
    }

    private static void one(Stack s, String used, String field, String verb, Map<String, Stack> byName) {
        if (used == null) {
            return;
        }
        String what = "stack '" + s.name() + "' " + verb + " ";
        if (used.equals(s.name())) {
            throw new InvalidInputException(field, what + "itself (" + field + "); pick another stack of the project");
        }
        Stack u = byName.get(used);
        if (u == null) {
            throw new InvalidInputException(field, what + "stack '" + used + "', which the project does not have ("
                    + field + ")");
        }
        if (!u.enabled()) {
            throw new InvalidInputException(field, what + "stack '" + used
                    + "', which is disabled (" + field + "); enable that stack or pick another");
        }
    }

    /** Depth-first along the levers' references; {@code path} holds the chain from the start. */
    private static void cycle(Stack s, List<String> path, Set<String> done, Map<String, Stack> byName) {
        for (String next : s.levers().stacksUsed()) {
            if (next.equals(path.get(0))) {
                String chain = String.join("' -> '", path) + "' -> '" + next;
                Stack start = byName.get(path.get(0));
                String field = start != null && path.size() > 1
                        && path.get(1).equals(start.levers().compression().compressor())
                        && !path.get(1).equals(start.levers().cascade().firstStack()) ? COMPRESSOR_FIELD : CASCADE_FIELD;
                throw new InvalidInputException(field, "stacks '" + chain
                        + "' use each other through their levers (cascade or compressor): a cycle; remove one of them");
            }
            Stack n = byName.get(next);
            if (n != null && !path.contains(next) && done.add(next)) {
                path.add(next);
                cycle(n, path, done, byName);
                path.remove(path.size() - 1);
            }
        }
    }
}
