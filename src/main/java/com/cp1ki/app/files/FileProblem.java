package com.cp1ki.app.files;

/** A project file that could not be opened or saved; the message is one sentence for the user. */
public final class FileProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public FileProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
