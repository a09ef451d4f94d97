package com.cp1ki.app.session;

import com.cp1ki.engine.model.Project;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One user edit of the project: a pure function from the current project to the next, with a
 * description for the Undo/Redo menu ("Set input price of GPT-4o to 2.5").
 *
 * @param description what the edit does, in words a user recognises
 * @param change      the function; it may throw {@link com.cp1ki.engine.model.InvalidInputException}
 */
public record Edit(String description, UnaryOperator<Project> change) {

    public Edit {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(change, "change");
    }
}
