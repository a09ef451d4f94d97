package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stacks a stack's levers name (a cascade's first stack, a compressor) must be other, enabled
 * stacks of the project, and no chain of such references may come back to where it started.
 */
final class LeverReferences {
    private LeverReferences() {
    }

    static void check(List<Stack> stacks, Map<String, Stack> byName) {
        for (Stack s : stacks) {
            Levers l = s.levers();
            one(s, l.cascade().firstStack(), "cascade first stack", "cascades from", byName);
            one(s, l.compression().compressor(), "compressor stack", "compresses its prompts with", byName);
        }
        for (Stack s : stacks) {
            List<String> path = new ArrayList<>();
            path.add(s.name());
            cycle(s, path, new HashSet<>(), byName);
        }
    }

    private static void one(Stack s, String used, String field, String verb, Map<String, Stack> byName) {
        if (used == null) {
            return;
        }
        String where = "stack '" + s.name() + "' " + field;
        String what = "stack '" + s.name() + "' " + verb + " ";
        if (used.equals(s.name())) {
            throw new InvalidInputException(where, what + "itself; pick another stack of the project");
        }
        Stack u = byName.get(used);
        if (u == null) {
            throw new InvalidInputException(where, what + "stack '" + used + "', which the project does not have");
        }
        if (!u.enabled()) {
            throw new InvalidInputException(where, what + "stack '" + used
                    + "', which is disabled; enable that stack or pick another");
        }
    }

    /** Depth-first along the levers' references; {@code path} holds the chain from the start. */
    private static void cycle(Stack s, List<String> path, Set<String> done, Map<String, Stack> byName) {
        for (String next : s.levers().stacksUsed()) {
            if (next.equals(path.get(0))) {
                String chain = String.join("' -> '", path) + "' -> '" + next;
                throw new InvalidInputException("stack '" + path.get(0) + "' cascade first stack", "stacks '" + chain
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
