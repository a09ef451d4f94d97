package com.cp1ki.io.tokens;

/**
 * A log that cannot be imported at all (empty, binary, not a log, no token column). The message is
 * one line for people and names the source and, where it helps, the line.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;

    public ImportException(String source, long line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** The file name (or "pasted text"). */
    public String source() {
        return source;
    }

    /** The 1-based line at fault, or -1 when the problem is the whole input. */
    public long line() {
        return line;
    }
}
