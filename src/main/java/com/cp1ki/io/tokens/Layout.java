package com.cp1ki.io.tokens;

import java.util.List;
import java.util.Map;

/**
 * How a log is laid out, as detected (or told by options): format, delimiter, header, and the
 * role of each column or JSON field.
 *
 * @param delimiter  the delimiter byte, or {@link #WHITESPACE} for runs of blanks (delimited only)
 * @param skipBytes  bytes to skip at the start (a UTF-8 byte order mark)
 * @param skipLines  lines before the first data row (leading blank lines and the header)
 * @param columns    column names (header names, or "column N"), or JSON field paths
 * @param roles      the role of each entry of {@code columns}
 * @param cells      cells a data row must have (delimited only)
 * @param rootFields JSON: role of each top-level field name
 * @param nested     JSON: role of each field of a nested object, by the object's field name
 */
record Layout(ImportOptions.Format format, int delimiter, boolean header, int skipBytes, int skipLines,
              List<String> columns, List<Role> roles, int cells, Map<String, Role> rootFields,
              Map<String, Map<String, Role>> nested, ImportOptions options) {

    static final int WHITESPACE = -1;

    int column(Role r) {
        return roles.indexOf(r);
    }

    String delimiterName() {
        if (format == ImportOptions.Format.JSONL) {
            return null;
        }
        return switch (delimiter) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            case WHITESPACE -> "space";
            default -> String.valueOf((char) delimiter);
        };
    }

    /** Column name of a role, or null. */
    String columnOf(Role r) {
        int i = roles.indexOf(r);
        return i < 0 ? null : columns.get(i);
    }
}
