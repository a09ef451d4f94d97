package com.cp1ki.io.project;

/**
 * A project file that cannot be read. {@link #getMessage()} is one sentence for people, naming
 * the file and the field or line at fault; no stack trace is ever meant to reach the user.
 */
public final class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String location;

    public ProjectFileException(String file, String location, String message) {
        super(message);
        this.file = file;
        this.location = location == null ? "" : location;
    }

    public ProjectFileException(String file, String location, String message, Throwable cause) {
        super(message, cause);
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
}
