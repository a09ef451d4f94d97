package com.cp1ki.engine.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExactRowsTest {

    @Test
    void keepsRowsInOrderThroughGrowthUpToItsCapAndRefusesTheNext() {
        ExactRows r = new ExactRows(100);
        for (int k = 0; k < 100; k++) {
            assertTrue(r.add(k, 2L * k, 0.5 + k));
        }
        assertFalse(r.add(7, 7, 1), "the 101st row does not fit");
        assertEquals(100, r.size());
        for (int k = 0; k < 100; k++) {
            assertEquals(k, r.input(k));
            assertEquals(2L * k, r.output(k));
            assertEquals(0.5 + k, r.weight(k));
        }
        assertEquals(100, r.inputs().length);
        assertEquals(99, r.inputs()[99]);
        assertEquals(198, r.outputs()[99]);
        assertEquals(99.5, r.weights()[99]);
    }

    @Test
    void addAllAppendsWhenBothFitAndAddsNothingOtherwise() {
        ExactRows a = new ExactRows(5);
        ExactRows b = new ExactRows(5);
        a.add(1, 10, 1);
        a.add(2, 20, 1);
        b.add(3, 30, 2);
        b.add(4, 40, 2);
        assertTrue(a.addAll(b));
        assertArrayEquals(new long[] {1, 2, 3, 4}, a.inputs());
        assertArrayEquals(new long[] {30, 40}, b.outputs(), "the other is not changed");
        assertFalse(a.addAll(b), "4 + 2 rows exceed the cap of 5");
        assertArrayEquals(new long[] {1, 2, 3, 4}, a.inputs(), "nothing added when they do not fit");
    }

    @Test
    void aCapBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExactRows(0));
    }
}
