package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Detects what a log is from its first bytes: not text at all (one clear error), JSON Lines, or
 * delimited text, and then its delimiter, header and column roles (see {@link ColumnNames}).
 */
final class Sniffer {
    /** Bytes read before deciding. */
    static final int SAMPLE = 256 * 1024;
    private static final int SAMPLE_LINES = 20;

    private Sniffer() {
    }

    /** Checks the sample is text and returns the bytes to skip (a UTF-8 BOM). */
    static int checkText(byte[] b, int n, String source) throws ImportException {
        if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            throw new ImportException(source, -1, "UTF-16 text; save it as UTF-8 and import again");
        }
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw new ImportException(source, -1, "a zip archive (or an Excel workbook), not a text log; "
                    + "unzip it or export the sheet as CSV");
        }
        int skip = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        int check = Math.min(n, 64 * 1024);
        int control = 0;
        for (int i = skip; i < check; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                throw new ImportException(source, -1, "a binary file (NUL byte at offset " + i + "), not a text log");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
                control++;
            }
        }
        if (control > 16 && control * 20 > check) {
            throw new ImportException(source, -1, "a binary file (" + control + " control bytes in the first "
                    + check + "), not a text log");
        }
        boolean blank = true;
        for (int i = skip; i < n && blank; i++) {
            blank = b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r';
        }
        if (blank) {
            throw new ImportException(source, -1, "the file is empty");
        }
        return skip;
    }

    static Layout detect(byte[] b, int n, boolean eof, ImportOptions o, String source) throws ImportException {
        return detect(b, n, eof, o, source, true);
    }

    /**
     * With {@code requireTokens} false, a layout whose token columns are missing is returned
     * anyway (for a preview in which the user picks them); an import always requires them.
     */
    static Layout detect(byte[] b, int n, boolean eof, ImportOptions o, String source, boolean requireTokens)
            throws ImportException {
        int skip = checkText(b, n, source);
        int first = skip;
        while (b[first] == ' ' || b[first] == '\t' || b[first] == '\n' || b[first] == '\r') {
            first++;
        }
        ImportOptions.Format f = o.format();
        if (f == null) {
            if (b[first] == '[') {
                throw new ImportException(source, -1, "a JSON array, not JSON Lines; write one JSON object per line");
            }
            f = b[first] == '{' ? ImportOptions.Format.JSONL : ImportOptions.Format.DELIMITED;
        }
        if (f == ImportOptions.Format.JSONL) {
            return JsonlSniffer.detect(lines(b, skip, n, eof), skip, o, source, requireTokens);
        }
        return delimited(b, n, eof, skip, o, source, requireTokens);
    }

    /** A record of delimited text (RFC 4180: a quoted cell may hold line breaks) and the lines it spans. */
    record Rec(String text, int lines) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    /**
     * The complete records of the sample, cut where {@code ends} says (the last partial record only
     * at end of input); a line break inside a record stays in its text, the one ending it does not.
     */
    static List<Rec> records(byte[] b, int s, int n, boolean eof, RecordEnds ends) {
        List<Rec> out = new ArrayList<>();
        int p = s;
        while (p < n) {
            ends.reset();
            int k = ends.first(b, p, n);
            if (k < 0) {
                if (eof) {
                    out.add(new Rec(new String(b, p, n - p, StandardCharsets.UTF_8), 1 + (int) ends.innerNewlines()));
                }
                break;
            }
            int e = k - 1 > p && b[k - 2] == '\r' ? k - 2 : k - 1;
            out.add(new Rec(new String(b, p, e - p, StandardCharsets.UTF_8), 1 + (int) ends.innerNewlines()));
            p = k;
        }
        return out;
    }

    /** The complete lines of the sample (the last partial line only at end of input). */
    static List<String> lines(byte[] b, int s, int n, boolean eof) {
        List<String> out = new ArrayList<>();
        int start = s;
        for (int i = s; i < n; i++) {
            if (b[i] == '\n') {
                int e = i > start && b[i - 1] == '\r' ? i - 1 : i;
                out.add(new String(b, start, e - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (eof && start < n) {
            out.add(new String(b, start, n - start, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static Layout delimited(byte[] b, int n, boolean eof, int skipBytes, ImportOptions o, String source,
                                    boolean requireTokens) throws ImportException {
        int given = o.delimiter() != null ? parseDelimiter(o.delimiter()) : 0;
        List<Rec> recs = records(b, skipBytes, n, eof, RecordEnds.sniffing(given));
        int delim = given != 0 ? given : detectDelimiter(sample(recs, leadingBlanks(recs, source)));
        if (given == 0) {
            recs = records(b, skipBytes, n, eof, RecordEnds.delimited(delim));
        }
        int lead = leadingBlanks(recs, source);
        List<String> sample = sample(recs, lead);
        List<String> firstCells = Cells.split(sample.get(0), delim);
        boolean header = o.header() != null ? o.header() : isHeader(firstCells);
        List<String> data = header && sample.size() > 1 ? Cells.split(sample.get(1), delim)
                : header ? List.of() : firstCells;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < firstCells.size(); i++) {
            names.add(header ? firstCells.get(i).strip() : "column " + (i + 1));
        }
        List<Role> roles = header ? ColumnNames.byName(names) : ColumnNames.byPosition(data);
        ColumnNames.applyOptions(names, roles, o, header, source);
        if (requireTokens) {
            ColumnNames.requireTokens(names, roles, o, source);
        }
        return new Layout(ImportOptions.Format.DELIMITED, delim, header, skipBytes, lead + (header ? recs.get(lead).lines() : 0),
                List.copyOf(names), List.copyOf(roles), firstCells.size(), null, null, o);
    }

    /** Blank records before the first one with text (each one line). */
    private static int leadingBlanks(List<Rec> recs, String source) throws ImportException {
        int lead = 0;
        while (lead < recs.size() && recs.get(lead).isBlank()) {
            lead++;
        }
        if (lead == recs.size()) {
            throw new ImportException(source, -1, "the first line is longer than " + SAMPLE / 1024 + " KiB; not a token log");
        }
        return lead;
    }

    private static List<String> sample(List<Rec> recs, int lead) {
        List<String> sample = new ArrayList<>();
        for (int i = lead; i < recs.size() && sample.size() < SAMPLE_LINES; i++) {
            if (!recs.get(i).isBlank()) {
                sample.add(recs.get(i).text());
            }
        }
        return sample;
    }

    static int parseDelimiter(String d) {
        switch (d.toLowerCase(java.util.Locale.ROOT)) {
            case "comma": case ",": return ',';
            case "tab": case "\\t": case "\t": return '\t';
            case "semicolon": case ";": return ';';
            case "pipe": case "|": return '|';
            case "space": case "whitespace": case " ": return Layout.WHITESPACE;
            default:
                if (d.length() == 1 && d.charAt(0) < 128 && d.charAt(0) != '"' && d.charAt(0) != '\n') {
                    return d.charAt(0);
                }
                throw new IllegalArgumentException("unknown delimiter '" + d
                        + "': use comma, tab, semicolon, pipe, space or one ASCII character");
        }
    }

    /**
     * Tab when the first line has one; else the first of comma, semicolon, pipe that splits the
     * first line and at least half of the sample lines into the same number of cells; else blanks.
     */
    private static int detectDelimiter(List<String> sample) {
        if (sample.get(0).indexOf('\t') >= 0) {
            return '\t';
        }
        for (char c : new char[] {',', ';', '|'}) {
            int k = Cells.split(sample.get(0), c).size();
            int same = 0;
            for (String l : sample) {
                same += Cells.split(l, c).size() == k ? 1 : 0;
            }
            if (k > 1 && same * 2 >= sample.size() && !(c == ',' && looksLikeThousands(sample))) {
                return c;
            }
        }
        return Layout.WHITESPACE;
    }

    /** "1,234" on every line: one column with thousands separators, not two columns. */
    private static boolean looksLikeThousands(List<String> sample) {
        for (String l : sample) {
            List<String> cells = Cells.split(l, ',');
            for (int i = 1; i < cells.size(); i++) {
                if (!cells.get(i).matches("[0-9]{3}")) {
                    return false;
                }
            }
            if (!cells.get(0).strip().matches("[0-9]{1,3}")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeader(List<String> cells) {
        for (String c : cells) {
            String s = c.strip();
            if (!s.isEmpty() && !Numbers.isNumber(s) && !ColumnNames.isTimestamp(s)) {
                return true;
            }
        }
        return false;
    }
}
