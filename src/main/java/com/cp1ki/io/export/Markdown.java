package com.cp1ki.io.export;

/**
 * Text that came from a user (project, workload, stack and plan names, sources, notes) put into
 * markdown we write, made inert: it stays on its line (line breaks become spaces, so a name cannot
 * start a heading), and characters that would make HTML, a link, an image, emphasis, code, a
 * table cell or, at the start of a line or list item, a block (heading, quote, list) are
 * backslash-escaped (CommonMark allows a backslash before any ASCII punctuation). Common names stay
 * readable: {@code GPT-4o}, {@code Llama 3 70B (g5.xlarge)} are written as they are.
 */
public final class Markdown {
    /** Escaped wherever they are ({@code _} too, unless between letters or digits, where it cannot emphasise). */
    private static final String ALWAYS = "\\`*[]<>|~&#";
    /** Escaped as the first character, where they could open a block. */
    private static final String LEADING = "-+=>";

    private Markdown() {
    }

    /** Inline text, on one line, with no markdown or HTML of its own. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String flat = oneLine(s);
        StringBuilder b = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || (i == 0 && LEADING.indexOf(c) >= 0) || (c == '_' && !intraword(flat, i))) {
                b.append('\\');
            }
            b.append(c);
        }
        escapeOrderedListMarker(b);
        return b.toString();
    }

    private static boolean intraword(String s, int i) {
        return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** Code (a formula) as an inline code span: on one line, fenced by more backticks than it holds. */
    public static String code(String s) {
        String flat = oneLine(s == null ? "" : s);
        int run = 0;
        int longest = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /**
     * Line breaks (CR, LF, NEL, the Unicode line and paragraph separators), tabs and other control
     * characters become single spaces; leading and trailing blanks are dropped.
     */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blank = c == ' ' || Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (blank) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** "1. x" or "2) x" at the start would be an ordered list: escape the dot or parenthesis ("1.5" stays). */
    private static void escapeOrderedListMarker(StringBuilder b) {
        int i = 0;
        while (i < b.length() && i < 10 && Character.isDigit(b.charAt(i))) {
            i++;
        }
        if (i > 0 && i < b.length() && (b.charAt(i) == '.' || b.charAt(i) == ')')
                && (i + 1 == b.length() || b.charAt(i + 1) == ' ')) {
            b.insert(i, '\\');
        }
    }
}
