package com.cp1ki.engine.field;

/**
 * A {@link FieldPath} that does not resolve in a project (its item was renamed or deleted, or the
 * field belongs to another kind of record, e.g. a GPU field on an API stack), or a value of the
 * wrong kind for the field. The message names the path.
 */
public final class MissingFieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient FieldPath path;

    public MissingFieldException(FieldPath path, String problem) {
        super("field " + path + " " + problem);
        this.path = path;
    }

    public FieldPath path() {
        return path;
    }
}
