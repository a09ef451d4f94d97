package com.cp1ki.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Upgrades the JSON tree of an older project file, one format version at a time, to the current
 * version before it is bound to the current DTOs. Step {@code k} (index k - 1 of {@link #STEPS})
 * turns a format-k tree into a format-(k+1) tree and sets its {@code formatVersion}.
 *
 * <p>Format 1 is the first format, so there are no steps yet. When format 2 arrives: add its DTOs
 * in a {@code v2} package, keep {@code v1}'s DTOs only as long as a step needs them, add the step
 * 1 -> 2 here and a golden format-1 file that a test reads through the migration.
 */
final class Migrations {

    /** The version this program writes and reads. */
    static final int CURRENT = 1;

    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of();

    private Migrations() {
    }

    /** The tree upgraded from {@code version} to {@link #CURRENT}; the caller checked 1 <= version <= CURRENT. */
    static ObjectNode upgrade(ObjectNode tree, int version) {
        return upgrade(tree, version, STEPS);
    }

    /** Applies {@code steps[version - 1 ..]} in order; each step takes format k to k + 1. */
    static ObjectNode upgrade(ObjectNode tree, int version, List<UnaryOperator<ObjectNode>> steps) {
        ObjectNode t = tree;
        for (int v = version; v <= steps.size(); v++) {
            t = steps.get(v - 1).apply(t);
        }
        return t;
    }
}
