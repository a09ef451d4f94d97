package com.cp1ki.io.project;

/**
 * A field of a project file that does not map to a valid engine record. Thrown by the versioned
 * mappers and turned into a {@link ProjectFileException} naming the file.
 */
public final class FieldError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;

    /**
     * @param location field path, e.g. {@code stacks[1].serving.inputPricePerMTok}
     * @param message  the sentence after the file name, e.g. "stacks[1] (GPT-4o) input price must be >= 0, was -2.5"
     */
    public FieldError(String location, String message) {
        super(message, null, false, false);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
