package com.cp1ki.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Upgrades the JSON tree of an older project file, one format version at a time, to the current
 * version before it is bound to the current DTOs. Step {@code k} (index k - 1 of {@link #STEPS})
 * turns a format-k tree into a format-(k+1) tree and sets its {@code formatVersion}.
 *
 * <p>Format 2 (this session's format) is format 1 plus optional fields, each with a default that
 * keeps a format-1 file's meaning, so step 1 -> 2 only sets the version: every format-1 file is a
 * valid format-2 file and computes the same report. The format-1 DTOs are therefore gone; a test
 * reads the kept format-1 golden files through this step. A later format adds its DTOs in a new
 * package ({@code v3}), the step 2 -> 3 here, and a golden format-2 file.
 */
final class Migrations {

    /** The version this program writes and reads. */
    static final int CURRENT = 2;

    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(Migrations::oneToTwo);

    private Migrations() {
    }

    /** The tree upgraded from {@code version} to {@link #CURRENT}; the caller checked 1 <= version <= CURRENT. */
    static ObjectNode upgrade(ObjectNode tree, int version) {
        return upgrade(tree, version, STEPS);
    }

    /**
     * Format 1 to 2. Every field of format 1 keeps its name, unit and default in format 2, and
     * format 2's additions are optional with defaults that mean "as in format 1" (no routing: a
     * workload is in no portfolio), so the tree only changes its version.
     */
    static ObjectNode oneToTwo(ObjectNode v1) {
        return v1.put("formatVersion", 2);
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
