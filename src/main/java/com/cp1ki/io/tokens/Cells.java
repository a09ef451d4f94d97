package com.cp1ki.io.tokens;

import java.util.ArrayList;
import java.util.List;

/** Splits one line into cells, for sniffing and previews (the import itself parses bytes). */
final class Cells {
    private Cells() {
    }

    /** Cells of a line; quotes are honoured and removed; {@link Layout#WHITESPACE} splits on runs of blanks. */
    static List<String> split(String line, int delim) {
        List<String> out = new ArrayList<>();
        if (delim == Layout.WHITESPACE) {
            for (String s : line.strip().split("[ \t]+")) {
                if (!s.isEmpty()) {
                    out.add(unquote(s));
                }
            }
            return out;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                cur.setLength(0);
            } else if (c == delim) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
