package com.cp1ki.app.session;

import com.cp1ki.app.TestProjects;
import com.cp1ki.engine.model.Project;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandStackTest {

    private static CommandStack.Command cmd(String d, double before, double after) {
        Project p = TestProjects.seed004();
        return new CommandStack.Command(d, TestProjects.withVolume(p, before), TestProjects.withVolume(p, after));
    }

    @Test
    void undoThenRedoReturnsTheSameCommandInOrder() {
        CommandStack s = new CommandStack();
        s.push(cmd("a", 1, 2));
        s.push(cmd("b", 2, 3));
        assertEquals("b", s.undo().orElseThrow().description());
        assertEquals("a", s.undo().orElseThrow().description());
        assertFalse(s.canUndo());
        assertEquals("a", s.redo().orElseThrow().description());
        assertEquals("b", s.redoDescription().orElseThrow());
    }

    @Test
    void aNewCommandClearsTheRedoStack() {
        CommandStack s = new CommandStack();
        s.push(cmd("a", 1, 2));
        s.undo();
        assertTrue(s.canRedo());
        s.push(cmd("c", 1, 5));
        assertFalse(s.canRedo());
        assertTrue(s.redo().isEmpty());
    }

    @Test
    void theStackForgetsItsOldestCommandPastItsCapacity() {
        CommandStack s = new CommandStack(3);
        for (int k = 1; k <= 5; k++) {
            s.push(cmd("c" + k, k, k + 1));
        }
        assertEquals(3, s.undoSize());
        s.undo();
        s.undo();
        assertEquals("c3", s.undo().orElseThrow().description());
        assertTrue(s.undo().isEmpty());
    }

    @Test
    void theDefaultCapacityIsTwoHundred() {
        assertEquals(200, new CommandStack().capacity());
    }
}
