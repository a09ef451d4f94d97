package com.cp1ki.app.files;

/** A project file that could not be opened or saved; the message is one sentence for the user. */
public final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong, where the window offers a choice (reload, overwrite, save as) for a conflict. */
    public enum Kind {
        /** Anything else: the message says what. */
        OTHER,
        /** Another program changed the file since it was opened or saved here. */
        CHANGED_ON_DISK,
        /** The file was deleted or moved since it was opened or saved here. */
        MISSING_ON_DISK
    }

    private final Kind kind;

    public FileProblem(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public FileProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether another program changed or removed the file, so the user should choose what to keep. */
    public boolean isConflict() {
        return kind != Kind.OTHER;
    }
}
