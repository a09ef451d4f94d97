package com.cp1ki.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Upgrades the JSON tree of an older project file, one format version at a time, to the current
 * version before it is bound to the current DTOs. Step {@code k} (index k - 1 of {@link #STEPS})
 * turns a format-k tree into a format-(k+1) tree and sets its {@code formatVersion}.
 *
 * <p>Formats 2 and 3 are each the previous format plus optional fields, each with a default that
 * keeps an older file's meaning, so steps 1 -> 2 and 2 -> 3 only set the version: every older file
 * is a valid current file and computes the same report. The older DTOs are therefore gone (the
 * current ones live in {@code io.project.v2}, named after the format that introduced them); tests
 * read the kept golden files of formats 1 and 2 through these steps. A format that renames,
 * removes or re-means a field adds a step here that rewrites the tree.
 */
final class Migrations {

    /** The version this program writes and reads. */
    static final int CURRENT = 3;

    private static final List<UnaryOperator<ObjectNode>> STEPS = List.of(Migrations::oneToTwo, Migrations::twoToThree);

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

    /**
     * Format 2 to 3. Format 3 (the release after the portfolio's) adds optional fields only, each
     * absent from a format-2 file and defaulting to "as in format 2", so the tree only changes its
     * version.
     */
    static ObjectNode twoToThree(ObjectNode v2) {
        return v2.put("formatVersion", 3);
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
