package com.cp1ki.app.form;

import com.cp1ki.engine.model.Project;

/**
 * Where an editor's record lives in the project: how to read it and how to put a changed copy
 * back (a lens). For example the managed-API serving of stack "GPT-4o".
 */
public interface Target<T> {

    /** Names the thing for an undo description, e.g. "stack 'GPT-4o'". */
    String describe();

    /** The record in {@code p}; throws {@link java.util.NoSuchElementException} when it is gone. */
    T get(Project p);

    /** {@code p} with the record replaced by {@code value}. */
    Project set(Project p, T value);

    /**
     * The field path of one of the record's components as text, read at each use (it follows a
     * rename), e.g. {@code stacks[GPT-4o].serving.outputPrice} for "outputPrice"; null when the
     * record's numbers cannot carry a range.
     */
    default String path(String component) {
        return null;
    }
}
