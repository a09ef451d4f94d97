package com.cp1ki.io.tokens;

import java.util.List;

/**
 * What an import would read, from the first lines only: for a workbench to show before importing.
 *
 * @param format    "csv", "tsv", "text" or "jsonl"
 * @param gzip      whether the input is gzip-compressed
 * @param delimiter delimiter name, or null for JSON Lines
 * @param header    whether the first line is a header
 * @param columns   column names or JSON field paths
 * @param roles     role of each column
 * @param rows      the first data rows, split into cells (JSON Lines: one cell, the line)
 */
public record Preview(String format, boolean gzip, String delimiter, boolean header, List<String> columns,
                      List<Role> roles, List<List<String>> rows) {
    public Preview {
        columns = List.copyOf(columns);
        roles = List.copyOf(roles);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
