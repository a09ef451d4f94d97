package com.cp1ki.io.project.v2;

import com.cp1ki.io.project.Where;

/** Required values and documented defaults for fields a hand-written file may leave out. */
final class Values {
    private Values() {
    }

    static <T> T required(Where w, String field, T value) {
        if (value == null) {
            throw w.missing(field);
        }
        return value;
    }

    static double or(Double value, double dflt) {
        return value == null ? dflt : value;
    }

    static int or(Integer value, int dflt) {
        return value == null ? dflt : value;
    }

    /** A list element that must be an object, not null. */
    static <T> T element(Where at, T value) {
        if (value == null) {
            throw at.error(null, "is null; expected an object");
        }
        return value;
    }
}
