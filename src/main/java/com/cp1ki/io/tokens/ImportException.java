package com.cp1ki.io.tokens;

/**
 * A log that cannot be imported at all (empty, binary, not a log, no token column). The message is
 * one line for people and names the source and, where it helps, the line.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * What the user can change to import the log after all, when it is a choice rather than a
     * broken file. The message says what is wrong; each front end says how to fix it in its own
     * terms (the command line names its options, the workbench its fields).
     */
    public enum Fix {
        /** Say which column holds input tokens. */
        INPUT_COLUMN,
        /** Say which column holds output tokens, or give an output ratio or mean. */
        OUTPUT_COLUMN,
        /** The log has output tokens: drop the output ratio or mean. */
        NO_SYNTHETIC_OUTPUT,
        /** A column named by the user is not in the log. */
        COLUMN_NAME
    }

    private final String source;
    private final long line;
    private final transient Fix fix;

    public ImportException(String source, long line, String message) {
        this(source, line, message, null);
    }

    public ImportException(String source, long line, String message, Fix fix) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
        this.fix = fix;
    }

    /** What the user can change, when the log can be imported with other options. */
    public java.util.Optional<Fix> fix() {
        return java.util.Optional.ofNullable(fix);
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
