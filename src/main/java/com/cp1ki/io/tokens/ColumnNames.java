package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Column roles from common names. Names are compared lower-case with everything but letters and
 * digits removed, so {@code prompt_tokens}, {@code PromptTokens} and {@code prompt tokens} match.
 */
final class ColumnNames {
    static final Map<Role, Set<String>> NAMES = Map.of(
            Role.INPUT, Set.of("inputtokens", "prompttokens", "contexttokens", "input", "prompt", "tokensin",
                    "intokens", "inputtokencount", "prompttokencount", "requesttokens", "context", "tokensinput",
                    "numinputtokens", "numprompttokens", "inputlength", "promptlength", "ntokensin", "in"),
            Role.OUTPUT, Set.of("outputtokens", "completiontokens", "generatedtokens", "output", "completion",
                    "tokensout", "outtokens", "outputtokencount", "completiontokencount", "responsetokens",
                    "generated", "tokensoutput", "numoutputtokens", "numcompletiontokens", "outputlength",
                    "completionlength", "responselength", "ntokensout", "out"),
            Role.WEIGHT, Set.of("count", "weight", "n", "requests", "numrequests", "requestcount", "cnt",
                    "frequency", "freq", "calls"),
            Role.TIME, Set.of("timestamp", "time", "ts", "created", "createdat", "datetime", "date",
                    "requesttime", "starttime", "eventtime", "invocationtime"),
            Role.TAG, Set.of("tag", "feature", "workload", "usecase", "featurename"),
            Role.MODEL, Set.of("model", "modelname", "modelid", "deployment"));

    private ColumnNames() {
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static Role roleOf(String name) {
        String n = normalise(name);
        for (Role r : Role.values()) {
            Set<String> s = NAMES.get(r);
            if (s != null && s.contains(n)) {
                return r;
            }
        }
        return Role.IGNORED;
    }

    static List<Role> byName(List<String> names) {
        Role[] roles = new Role[names.size()];
        for (int i = 0; i < roles.length; i++) {
            Role r = roleOf(names.get(i));
            // the first column of a role wins; later duplicates are ignored
            for (int k = 0; k < i; k++) {
                if (roles[k] == r && r != Role.IGNORED) {
                    r = Role.IGNORED;
                }
            }
            roles[i] = r;
        }
        if (roles.length == 1 && roles[0] == Role.IGNORED) {
            roles[0] = Role.INPUT; // a single column, whatever its name, is input tokens
        }
        return new java.util.ArrayList<>(List.of(roles));
    }

    /** Roles of a headerless file: timestamps, then numbers as input, output, count. */
    static List<Role> byPosition(List<String> firstRow) {
        Role[] order = {Role.INPUT, Role.OUTPUT, Role.WEIGHT};
        Role[] roles = new Role[firstRow.size()];
        int next = 0;
        boolean time = false;
        for (int i = 0; i < roles.length; i++) {
            String c = firstRow.get(i).strip();
            if (!time && !Numbers.isNumber(c) && isTimestamp(c)) {
                roles[i] = Role.TIME;
                time = true;
            } else if (next < order.length) {
                roles[i] = order[next++];
            } else {
                roles[i] = Role.IGNORED;
            }
        }
        return new java.util.ArrayList<>(List.of(roles));
    }

    static boolean isTimestamp(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Timestamps.parse(b, 0, b.length) != Timestamps.INVALID;
    }

    /**
     * Applies --input-col and friends: a header name (any case) or a 1-based column number; an
     * empty name means the log has no such column (a detected one is then ignored).
     */
    static void applyOptions(List<String> names, List<Role> roles, ImportOptions o, boolean header, String source)
            throws ImportException {
        String[] cols = {o.inputCol(), o.outputCol(), o.weightCol(), o.timeCol(), o.tagCol()};
        Role[] which = {Role.INPUT, Role.OUTPUT, Role.WEIGHT, Role.TIME, Role.TAG};
        for (int k = 0; k < cols.length; k++) {
            apply(names, roles, which[k], cols[k], header, source);
        }
    }

    /** Gives {@code role} to the column named (or numbered) {@code col}; null leaves it, empty removes it. */
    static void apply(List<String> names, List<Role> roles, Role role, String col, boolean header, String source)
            throws ImportException {
        if (col == null) {
            return;
        }
        if (col.isBlank()) {
            for (int i = 0; i < roles.size(); i++) {
                if (roles.get(i) == role) {
                    roles.set(i, Role.IGNORED);
                }
            }
            return;
        }
        int idx = find(names, col);
        if (idx < 0) {
            throw new ImportException(source, -1, "no column '" + col + "' for " + role.label()
                    + " (columns: " + String.join(", ", names) + (header ? "" : "; no header, so give a column number")
                    + ")", ImportException.Fix.COLUMN_NAME);
        }
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == role) {
                roles.set(i, Role.IGNORED);
            }
        }
        roles.set(idx, role);
    }

    private static int find(List<String> names, String col) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(col.strip())) {
                return i;
            }
        }
        if (col.strip().matches("[0-9]{1,4}")) {
            int i = Integer.parseInt(col.strip()) - 1;
            return i >= 0 && i < names.size() ? i : -1;
        }
        return -1;
    }

    static void requireTokens(List<String> names, List<Role> roles, ImportOptions o, String source) throws ImportException {
        if (!roles.contains(Role.INPUT)) {
            throw new ImportException(source, -1, "no input-token column (columns: " + String.join(", ", names) + ")",
                    ImportException.Fix.INPUT_COLUMN);
        }
        if (!roles.contains(Role.OUTPUT) && o.outputRatio() == null && o.outputMean() == null) {
            throw new ImportException(source, -1, "no output-token column (columns: " + String.join(", ", names) + ")",
                    ImportException.Fix.OUTPUT_COLUMN);
        }
        if (roles.contains(Role.OUTPUT) && (o.outputRatio() != null || o.outputMean() != null)) {
            throw new ImportException(source, -1, "the log has an output-token column ("
                    + names.get(roles.indexOf(Role.OUTPUT)) + ") and an output ratio or mean was given too",
                    ImportException.Fix.NO_SYNTHETIC_OUTPUT);
        }
    }
}
