package com.cp1ki.io.files;

import java.io.IOException;

/**
 * A read or a save that was refused before it could do harm: the file is not a regular file, is too
 * large, is read-only, changed or vanished since it was read, is being saved by another program, or
 * the new content would not open again. {@link #getMessage()} is one sentence for people that names
 * the file; nothing on disk was changed.
 */
public final class FileRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        /** A folder, device, pipe or socket where a regular file was expected. */
        NOT_A_FILE,
        /** Over the size limit (checked while reading, not trusted from the file's size). */
        TOO_LARGE,
        /** The file may not be written (no write permission). */
        READ_ONLY,
        /** The file on disk is no longer the version that was read. */
        CHANGED_ON_DISK,
        /** The file that was read is gone from disk. */
        MISSING_ON_DISK,
        /** Another program holds the save lock and did not let go in time. */
        LOCKED,
        /** The content to be saved would not load again (checked before anything is replaced). */
        WOULD_NOT_LOAD
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public FileRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether another program changed or removed the file since it was read. */
    public boolean isConflict() {
        return reason == Reason.CHANGED_ON_DISK || reason == Reason.MISSING_ON_DISK;
    }
}
