package com.cp1ki.app.editor.workload;

import com.cp1ki.io.tokens.Preview;

import java.util.ArrayList;
import java.util.List;

/** A few lines that show what an import will read: format, columns and their roles, first rows. */
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
        StringBuilder cols = new StringBuilder("Columns: ");
        for (int k = 0; k < p.columns().size(); k++) {
            cols.append(k == 0 ? "" : ", ").append(p.columns().get(k)).append(" → ")
                    .append(k < p.roles().size() ? p.roles().get(k).name().toLowerCase() : "?");
        }
        lines.add(cols.toString());
        p.rows().stream().limit(5).forEach(r -> lines.add("  " + String.join("  |  ", r)));
        return String.join("\n", lines);
    }
}
