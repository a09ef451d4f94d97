package com.cp1ki.engine.field;

import com.cp1ki.engine.model.Project;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * One number's {@link FieldPath} resolved once against a project, to read and set it many times
 * (a Monte Carlo draw sets every ranged input of the same project shape thousands of times):
 * each record on the path with its component accessors and canonical constructor, and the position
 * of each named list element, looked up once instead of by reflection on every set. Sets exactly as
 * {@link Fields#with} does (every record on the path copied through its canonical constructor, so
 * every invariant runs; a whole number rounded); a project of another shape (an element no longer
 * where it was) is handed to {@link Fields}. Immutable.
 */
public final class FieldSetter {
    private final FieldPath path;
    private final Level[] levels;

    /** One record on the path: how to read its components and rebuild it, and which component leads on. */
    private record Level(Method[] accessors, Constructor<?> constructor, int component, String key, int index,
                         Method keyAccessor) {
    }

    private FieldSetter(FieldPath path, Level[] levels) {
        this.path = path;
        this.levels = levels;
    }

    /**
     * The setter of a number of {@code p}.
     *
     * @throws MissingFieldException when the path names no number of the project
     */
    public static FieldSetter of(Project p, FieldPath path) {
        Fields.get(p, path);
        List<FieldPath.Segment> segs = path.segments();
        Level[] levels = new Level[segs.size()];
        Object at = p;
        for (int i = 0; i < segs.size(); i++) {
            Record r = (Record) at;
            RecordComponent[] cs = r.getClass().getRecordComponents();
            Method[] acc = new Method[cs.length];
            Class<?>[] types = new Class<?>[cs.length];
            int component = -1;
            for (int k = 0; k < cs.length; k++) {
                acc[k] = cs[k].getAccessor();
                acc[k].setAccessible(true);
                types[k] = cs[k].getType();
                component = cs[k].getName().equals(segs.get(i).component()) ? k : component;
            }
            Constructor<?> ctor;
            try {
                ctor = r.getClass().getDeclaredConstructor(types);
                ctor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor of " + r.getClass().getSimpleName(), e);
            }
            Object v = Records.get(r, segs.get(i).component());
            int index = -1;
            Method keyAccessor = null;
            if (segs.get(i).keyed()) {
                List<?> items = (List<?>) v;
                for (int k = 0; k < items.size() && index < 0; k++) {
                    if (items.get(k) instanceof Record e && segs.get(i).key().equals(Fields.key(e))) {
                        index = k;
                    }
                }
                v = items.get(index);
                for (RecordComponent c : v.getClass().getRecordComponents()) {
                    if (keyAccessor == null && c.getType() == String.class) {
                        keyAccessor = c.getAccessor();
                        keyAccessor.setAccessible(true);
                    }
                }
            }
            levels[i] = new Level(acc, ctor, component, segs.get(i).key(), index, keyAccessor);
            at = v;
        }
        return new FieldSetter(path, levels);
    }

    /** The path. */
    public FieldPath path() {
        return path;
    }

    /** The number in {@code p}, as {@link Fields#number}. */
    public double number(Project p) {
        Object at = p;
        for (Level l : levels) {
            at = down(at, l);
            if (at == null) {
                return Fields.number(p, path);
            }
        }
        return ((Number) at).doubleValue();
    }

    /**
     * {@code p} with the number set to {@code value}, as {@link Fields#with}.
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when a record refuses the value
     */
    public Project with(Project p, double value) {
        int n = levels.length;
        Object[] chain = new Object[n + 1];
        chain[0] = p;
        for (int i = 0; i < n; i++) {
            chain[i + 1] = down(chain[i], levels[i]);
            if (chain[i + 1] == null && i < n - 1) {
                return Fields.with(p, path, value);
            }
        }
        Class<?> leaf = levels[n - 1].accessors[levels[n - 1].component].getReturnType();
        Object v = Fields.coerce(value, leaf, path);
        for (int i = n - 1; i >= 0; i--) {
            Level l = levels[i];
            Object[] args = components(chain[i], l);
            if (l.key != null) {
                List<Object> copy = new ArrayList<>((List<?>) args[l.component]);
                copy.set(l.index, v);
                args[l.component] = copy;
            } else {
                args[l.component] = v;
            }
            v = construct(l, args);
        }
        return (Project) v;
    }

    /** The component a level leads on (a list element by its remembered position); null when the element moved. */
    private static Object down(Object at, Level l) {
        Object v = invoke(l.accessors[l.component], at);
        if (l.key == null) {
            return v;
        }
        List<?> items = (List<?>) v;
        if (l.index >= items.size()) {
            return null;
        }
        Object e = items.get(l.index);
        return e.getClass() == l.keyAccessor.getDeclaringClass() && l.key.equals(invoke(l.keyAccessor, e)) ? e : null;
    }

    private static Object[] components(Object r, Level l) {
        Object[] args = new Object[l.accessors.length];
        for (int k = 0; k < args.length; k++) {
            args[k] = invoke(l.accessors[k], r);
        }
        return args;
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + m.getName(), e);
        }
    }

    private static Object construct(Level l, Object[] args) {
        try {
            return l.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + l.constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
