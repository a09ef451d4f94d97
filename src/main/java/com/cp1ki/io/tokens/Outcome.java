package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a request failed, from a status cell ({@code success}/{@code failure} as LiteLLM writes,
 * {@code ok}, {@code error}, an HTTP status: 2xx succeeded, 4xx and 5xx failed) or a failed cell
 * ({@code true}/{@code false}, {@code 1}/{@code 0}, or an error message: any other text failed).
 * An empty cell is a success.
 */
final class Outcome {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int UNKNOWN = -1;

    private static final Set<String> SUCCESS = Set.of("success", "succeeded", "successful", "ok", "completed",
            "complete", "done", "200", "true");
    private static final Set<String> FAILURE = Set.of("failure", "failed", "fail", "error", "errored", "timeout",
            "timedout", "cancelled", "canceled", "aborted", "rejected", "incomplete", "false");
    private static final Set<String> NOT_FAILED = Set.of("false", "0", "no", "n", "f", "null", "none", "");

    private Outcome() {
    }

    /** From a status cell: OK, FAILED or UNKNOWN. */
    static int status(byte[] b, int s, int e) {
        String t = text(b, s, e);
        if (t.isEmpty()) {
            return OK;
        }
        if (t.length() == 3 && Character.isDigit(t.charAt(0)) && Character.isDigit(t.charAt(1))
                && Character.isDigit(t.charAt(2))) {
            int code = Integer.parseInt(t);
            return code >= 200 && code < 300 ? OK : code >= 400 && code < 600 ? FAILED : UNKNOWN;
        }
        if (SUCCESS.contains(t)) {
            return OK;
        }
        return FAILURE.contains(t) ? FAILED : UNKNOWN;
    }

    /** From a failed flag (or error message) cell: OK or FAILED. */
    static int failed(byte[] b, int s, int e) {
        return NOT_FAILED.contains(text(b, s, e)) ? OK : FAILED;
    }

    private static String text(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '"')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '"' || b[e - 1] == '\r')) {
            e--;
        }
        if (e - s > 64) {
            return "?";
        }
        return new String(b, s, e - s, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")
                .replace(" ", "");
    }
}
