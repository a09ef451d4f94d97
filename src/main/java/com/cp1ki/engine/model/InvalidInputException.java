package com.cp1ki.engine.model;

/** An input that breaks a domain invariant; {@link #field()} names the offending field. */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, as the user would name it (e.g. "input price"). */
    public String field() {
        return field;
    }

    /** The same error with an outer context prefixed, e.g. "stack 'GPT-4o': ". */
    public InvalidInputException within(String context) {
        InvalidInputException e = new InvalidInputException(context + " > " + field, context + ": " + getMessage());
        e.setStackTrace(getStackTrace());
        return e;
    }
}
