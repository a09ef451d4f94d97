package com.cp1ki.engine.field;

import com.cp1ki.engine.model.InvalidInputException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Copies an engine record with one component changed, through its canonical constructor (so the
 * record's own invariants run). Lets an editor name a field by its record component instead of
 * spelling out a 15-argument constructor per field.
 */
public final class Records {

    private Records() {
    }

    /** The value of component {@code name} of {@code r}. */
    public static Object get(Record r, String name) {
        RecordComponent c = component(r.getClass(), name);
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /**
     * A copy of {@code r} with component {@code name} set to {@code value} (a Double is narrowed to
     * an int or long component; the caller checked it is whole).
     *
     * @throws InvalidInputException when the record rejects the value
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R r, String name, Object value) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        boolean found = false;
        try {
            for (int k = 0; k < cs.length; k++) {
                types[k] = cs[k].getType();
                if (cs[k].getName().equals(name)) {
                    args[k] = convert(value, types[k]);
                    found = true;
                } else {
                    args[k] = cs[k].getAccessor().invoke(r);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + name);
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            return (R) ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
        }
    }

    private static Object convert(Object value, Class<?> type) {
        if (value instanceof Double d) {
            if (type == int.class || type == Integer.class) {
                return (int) Math.round(d);
            }
            if (type == long.class || type == Long.class) {
                return Math.round(d);
            }
        }
        return value;
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
    }
}
