package com.cp1ki.app.session;

import com.cp1ki.engine.model.Project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of project edits. Projects are immutable, so a command is remembered as the
 * project before and after it: undo and redo are exact and cannot drift. Bounded: the oldest
 * command is forgotten past {@link #capacity()}. A new command clears the redo stack.
 */
public final class CommandStack {

    /** Default number of undoable commands kept. */
    public static final int DEFAULT_CAPACITY = 200;

    /**
     * One executed command: its description, the project on either side of it, and the scenario
     * shown on either side (null: the base), so switching the shown scenario undoes like an edit.
     */
    public record Command(String description, Project before, Project after, String scenarioBefore,
                          String scenarioAfter) {
        /** An edit that leaves the shown scenario as it is. */
        public Command(String description, Project before, Project after) {
            this(description, before, after, null, null);
        }
    }

    private final int capacity;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();

    public CommandStack() {
        this(DEFAULT_CAPACITY);
    }

    public CommandStack(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Records an executed command; clears redo. */
    public void push(Command c) {
        undo.push(c);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** Takes the newest command off the undo stack and onto the redo stack. */
    public Optional<Command> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Command c = undo.pop();
        redo.push(c);
        return Optional.of(c);
    }

    /** Takes the newest undone command back onto the undo stack. */
    public Optional<Command> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Command c = redo.pop();
        undo.push(c);
        return Optional.of(c);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Description of the command Undo would revert, or empty. */
    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    /** Description of the command Redo would repeat, or empty. */
    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public int undoSize() {
        return undo.size();
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
