package com.cp1ki.io.catalog.lists;

/**
 * A price list that cannot be read: the message names the file and, where there is one, the entry
 * and field at fault (and the line). Nothing of the list was taken when this is thrown.
 */
public final class PriceListException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String entry;

    public PriceListException(String file, String entry, String message) {
        this(file, entry, message, null);
    }

    public PriceListException(String file, String entry, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.entry = entry;
    }

    /** The file as named to the user. */
    public String file() {
        return file;
    }

    /** The entry at fault (a model id or key), or null when the fault is in the file as a whole. */
    public String entry() {
        return entry;
    }
}
