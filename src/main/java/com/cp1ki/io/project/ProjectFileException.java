package com.cp1ki.io.project;

/**
 * A project file that cannot be read. {@link #getMessage()} is one sentence for people, naming
 * the file and the field or line at fault; no stack trace is ever meant to reach the user.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String location;

    /** Longest message kept; longer ones (a megabyte-long name quoted back) are cut. */
    static final int MAX_MESSAGE = 1000;

    public ProjectFileException(String file, String location, String message) {
        super(oneLine(message));
        this.file = file;
        this.location = location == null ? "" : location;
    }

    public ProjectFileException(String file, String location, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.file = file;
        this.location = location == null ? "" : location;
    }

    /** The file as the caller named it (a path, or the source name given to {@code read}). */
    public String file() {
        return file;
    }

    /**
     * Where in the file: a field path such as {@code stacks[1].serving.inputPricePerMTok}, or
     * {@code line 12, column 5} for a syntax error; empty when the whole file is at fault.
     */
    public String location() {
        return location;
    }

    /**
     * The message as one line: control characters that came from the file (a key or name with a
     * newline in it) are shown escaped, and a very long message is cut.
     */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 16));
        int i = 0;
        for (; i < message.length() && b.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (i < message.length()) {
            b.setLength(Math.min(b.length(), MAX_MESSAGE));
            b.append("…");
        }
        return b.toString();
    }
}
