package com.cp1ki.app.editor.workload;

import com.cp1ki.io.tokens.Preview;

import java.util.ArrayList;
import java.util.List;

/** A few lines that show what an import will read: format, columns, first rows. */
final class ImportPreviews {

    private ImportPreviews() {
    }

    static String describe(Preview p) {
        if (p == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add("Detected " + p.format() + (p.gzip() ? " (gzip)" : "") + (p.delimiter() == null ? "" : ", " + p.delimiter() + "-separated")
                + (p.header() ? ", with a header" : ", no header"));
        // the roles are in the column choices under this text; here the columns head the first rows
        // a quoted cell may hold line breaks (RFC 4180): shown as one line, each break as a return sign
        List<List<String>> rows = p.rows().stream().limit(5)
                .map(r -> r.stream().map(ImportPreviews::oneLine).toList()).toList();
        if ("jsonl".equals(p.format())) {
            lines.add("Fields: " + String.join(", ", p.columns()));
            rows.forEach(r -> lines.add("  " + String.join("  |  ", r)));
        } else {
            List<List<String>> table = new ArrayList<>();
            table.add(p.columns());
            table.addAll(rows);
            int[] width = new int[table.stream().mapToInt(List::size).max().orElse(0)];
            for (List<String> r : table) {
                for (int k = 0; k < r.size(); k++) {
                    width[k] = Math.max(width[k], Math.min(24, r.get(k).length()));
                }
            }
            for (List<String> r : table) {
                StringBuilder b = new StringBuilder(" ");
                for (int k = 0; k < r.size(); k++) {
                    String cell = r.get(k).length() > 24 ? r.get(k).substring(0, 23) + "…" : r.get(k);
                    b.append(k == 0 ? " " : " | ").append(cell).append(" ".repeat(width[k] - cell.length()));
                }
                lines.add(b.toString().stripTrailing());
            }
        }
        return String.join("\n", lines);
    }

    static String oneLine(String cell) {
        return cell.replace("\r\n", "\u21b5").replace('\n', '\u21b5').replace('\r', '\u21b5');
    }
}
