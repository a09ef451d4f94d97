package com.cp1ki.engine.field;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Reads and sets any input of a project by its {@link FieldPath}, and lists every input a user
 * can change (numbers, on/off switches and choices). The one way scenarios (overrides), ranges
 * (uncertainty) and tornado moves reach a field, so none of them spells out a record's
 * constructor. Setting a field copies each record on the path through its canonical constructor,
 * so every invariant of the model runs and a bad value throws {@link InvalidInputException}
 * naming the field.
 */
public final class Fields {

    /** What kind of value a field holds. */
    public enum Kind {
        /** a double, int or long, or a Double that may be unset (null) */
        NUMBER,
        /** a boolean switch, such as a stack's enabled flag */
        SWITCH,
        /** one constant of an enum, such as a GPU fleet's rate kind */
        CHOICE
    }

    /**
     * One changeable input of a project.
     *
     * @param path  its address
     * @param kind  number, switch or choice
     * @param type  the record component's Java type (double.class, Double.class, int.class, an enum...)
     * @param value its value in the project (null for an unset optional number)
     */
    public record Field(FieldPath path, Kind kind, Class<?> type, Object value) {
        /** Whether the value must be a whole number. */
        public boolean whole() {
            return type == int.class || type == Integer.class || type == long.class || type == Long.class;
        }

        /** Whether the field may be unset. */
        public boolean optional() {
            return !type.isPrimitive();
        }
    }

    /** The project's scenarios: overrides of its inputs, not inputs themselves, so no path goes there. */
    private static final String SCENARIOS = "scenarios";

    private Fields() {
    }

    /** Whether {@code path} names a field of {@code p} (false once its item is renamed or deleted). */
    public static boolean exists(Project p, FieldPath path) {
        try {
            get(p, path);
            return true;
        } catch (MissingFieldException e) {
            return false;
        }
    }

    /** The value at {@code path} (null for an unset optional number). */
    public static Object get(Project p, FieldPath path) {
        Object at = p;
        for (FieldPath.Segment s : path.segments()) {
            at = step(at, s, path);
        }
        return at;
    }

    /** The number at {@code path}; throws when the field is not a number or is unset. */
    public static double number(Project p, FieldPath path) {
        Object v = get(p, path);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new MissingFieldException(path, v == null ? "is not set" : "is not a number");
    }

    /**
     * {@code p} with the field at {@code path} set to {@code value}: a {@link Number} for a number
     * (narrowed to a whole number for int and long fields, rounding), a Boolean for a switch, the enum
     * constant (or its name) for a choice, null to unset an optional number.
     *
     * @throws MissingFieldException when the path does not resolve or the value has the wrong kind
     * @throws InvalidInputException when a record rejects the value (a negative price, a share above 1)
     */
    public static Project with(Project p, FieldPath path, Object value) {
        return (Project) set(p, path, 0, (old, type) -> coerce(value, type, path));
    }

    /**
     * {@code p} with the component at {@code path} (a number or a record) replaced by {@code f} of
     * its value, each record on the path copied through its canonical constructor.
     */
    static Project update(Project p, FieldPath path, UnaryOperator<Object> f) {
        return (Project) set(p, path, 0, (old, type) -> f.apply(old));
    }

    /** {@code p} with the number at {@code path} multiplied by {@code factor}. */
    public static Project scaled(Project p, FieldPath path, double factor) {
        return with(p, path, number(p, path) * factor);
    }

    /** Every number, switch and choice of {@code p}, in project order, with its current value. */
    public static List<Field> all(Project p) {
        List<Field> out = new ArrayList<>();
        walk(p, new ArrayList<>(), out);
        return out;
    }

    private static Object step(Object at, FieldPath.Segment s, FieldPath path) {
        Record r = record(at, s, path);
        if (r instanceof Project && s.component().equals(SCENARIOS)) {
            throw new MissingFieldException(path, "goes into the project's scenarios, which hold overrides, not inputs");
        }
        Object v = Records.get(r, s.component());
        if (!s.keyed()) {
            return v;
        }
        return element(v, s, path);
    }

    /** {@code at} as a record that has the step's component; throws naming the path otherwise. */
    private static Record record(Object at, FieldPath.Segment s, FieldPath path) {
        if (!(at instanceof Record r)) {
            throw new MissingFieldException(path, "goes through '" + s.component() + "', which is not a record");
        }
        if (component(r, s.component()) == null) {
            throw new MissingFieldException(path, "has no '" + s.component() + "' here ("
                    + r.getClass().getSimpleName() + ")");
        }
        return r;
    }

    private static Object element(Object list, FieldPath.Segment s, FieldPath path) {
        if (!(list instanceof List<?> items)) {
            throw new MissingFieldException(path, "'" + s.component() + "' is not a list");
        }
        for (Object e : items) {
            if (e instanceof Record r && s.key().equals(key(r))) {
                return e;
            }
        }
        throw new MissingFieldException(path, "'" + s.component() + "' has no '" + s.key() + "'");
    }

    /** {@code at} with the component at {@code path} (from step i) set to {@code leaf} of its value and type. */
    private static Object set(Object at, FieldPath path, int i, BiFunction<Object, Class<?>, Object> leaf) {
        FieldPath.Segment s = path.segments().get(i);
        Record r = record(at, s, path);
        if (r instanceof Project && s.component().equals(SCENARIOS)) {
            throw new MissingFieldException(path, "goes into the project's scenarios, which hold overrides, not inputs");
        }
        RecordComponent c = component(r, s.component());
        if (i == path.segments().size() - 1) {
            return Records.with(r, s.component(), leaf.apply(Records.get(r, s.component()), c.getType()));
        }
        Object child = Records.get(r, s.component());
        if (!s.keyed()) {
            return Records.with(r, s.component(), set(child, path, i + 1, leaf));
        }
        Object old = element(child, s, path);
        List<Object> copy = new ArrayList<>((List<?>) child);
        copy.set(copy.indexOf(old), set(old, path, i + 1, leaf));
        return Records.with(r, s.component(), copy);
    }

    static Object coerce(Object value, Class<?> type, FieldPath path) {
        Kind kind = kindOf(type);
        if (kind == null) {
            throw new MissingFieldException(path, "is not a number, switch or choice");
        }
        if (value == null) {
            if (type.isPrimitive()) {
                throw new MissingFieldException(path, "cannot be unset");
            }
            return null;
        }
        switch (kind) {
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    throw new MissingFieldException(path, "takes a number, not " + value);
                }
                double d = n.doubleValue();
                if (type == int.class || type == Integer.class) {
                    if (!Double.isFinite(d) || Math.abs(d) > Integer.MAX_VALUE) {
                        throw new InvalidInputException(path.leaf(), path.leaf() + " must be a whole number below "
                                + Integer.MAX_VALUE + ", was " + d);
                    }
                    return (int) Math.round(d);
                }
                if (type == long.class || type == Long.class) {
                    if (!Double.isFinite(d) || Math.abs(d) > Long.MAX_VALUE) {
                        throw new InvalidInputException(path.leaf(), path.leaf() + " must be a whole number, was " + d);
                    }
                    return Math.round(d);
                }
                return d;
            }
            case SWITCH -> {
                if (!(value instanceof Boolean)) {
                    throw new MissingFieldException(path, "takes true or false, not " + value);
                }
                return value;
            }
            default -> {
                for (Object constant : type.getEnumConstants()) {
                    if (constant.equals(value) || ((Enum<?>) constant).name().equals(value)) {
                        return constant;
                    }
                }
                throw new MissingFieldException(path, "has no choice " + value);
            }
        }
    }

    private static void walk(Record r, List<FieldPath.Segment> prefix, List<Field> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (r instanceof Project && c.getName().equals(SCENARIOS)) {
                continue;
            }
            Object v = Records.get(r, c.getName());
            Kind kind = kindOf(c.getType());
            List<FieldPath.Segment> here = new ArrayList<>(prefix);
            if (kind != null) {
                here.add(new FieldPath.Segment(c.getName(), null));
                out.add(new Field(new FieldPath(here), kind, c.getType(), v));
            } else if (v instanceof Record child) {
                here.add(new FieldPath.Segment(c.getName(), null));
                walk(child, here, out);
            } else if (v instanceof List<?> items) {
                for (Object e : items) {
                    if (e instanceof Record child && key(child) != null) {
                        List<FieldPath.Segment> el = new ArrayList<>(prefix);
                        el.add(new FieldPath.Segment(c.getName(), key(child)));
                        walk(child, el, out);
                    }
                }
            }
        }
    }

    private static Kind kindOf(Class<?> type) {
        if (type == double.class || type == Double.class || type == int.class || type == Integer.class
                || type == long.class || type == Long.class) {
            return Kind.NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.SWITCH;
        }
        if (type.isEnum()) {
            return Kind.CHOICE;
        }
        return null;
    }

    /** The name a list element is picked by: its first String component. */
    static String key(Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == String.class) {
                return (String) Records.get(r, c.getName());
            }
        }
        return null;
    }

    private static RecordComponent component(Record r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
