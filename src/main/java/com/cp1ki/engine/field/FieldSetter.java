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

    /**
     * Several numbers of a project set together (the ranged inputs of one draw): each record on
     * their paths is copied once, with all of its changed components, and the project is checked
     * once, instead of once per number. The result equals setting them one after another when
     * each set alone is allowed; where only the set of them together is valid (two cache shares
     * that trade places), the batch accepts what is valid in the end. Immutable.
     */
    public static final class Batch {
        private final List<FieldSetter> setters;
        private final Node root;

        /** The batch of {@code setters}, all resolved against {@code p} (a project of the shape it will set). */
        public Batch(Project p, List<FieldSetter> setters) {
            this.setters = List.copyOf(setters);
            root = new Node(setters.isEmpty() ? null : setters.get(0).levels[0]);
            for (int i = 0; i < setters.size(); i++) {
                Node at = root;
                Level[] ls = setters.get(i).levels;
                for (int d = 0; d < ls.length; d++) {
                    Edge e = at.edge(ls[d]);
                    if (d == ls.length - 1) {
                        e.leaf = i;
                        e.leafType = ls[d].accessors[ls[d].component].getReturnType();
                        e.path = setters.get(i).path;
                    } else if (e.child == null) {
                        e.child = new Node(ls[d + 1]);
                    }
                    at = e.child;
                }
            }
        }

        /**
         * {@code p} with number i set to {@code values[i]}.
         *
         * @throws com.cp1ki.engine.model.InvalidInputException when a record refuses the values
         */
        public Project with(Project p, double[] values) {
            if (setters.isEmpty()) {
                return p;
            }
            Object q = root.apply(p, values);
            if (q != null) {
                return (Project) q;
            }
            Project one = p;
            for (int i = 0; i < setters.size(); i++) {
                one = setters.get(i).with(one, values[i]);
            }
            return one;
        }
    }

    /** A record on the batch's paths, and the components of it that change. */
    private static final class Node {
        final Level level;
        final List<Edge> edges = new ArrayList<>();

        Node(Level level) {
            this.level = level;
        }

        Edge edge(Level l) {
            for (Edge e : edges) {
                if (e.component == l.component && e.index == l.index) {
                    return e;
                }
            }
            Edge e = new Edge(l);
            edges.add(e);
            return e;
        }

        /** The record copied with its changes; null when a list element is no longer where it was. */
        Object apply(Object rec, double[] values) {
            Object[] args = components(rec, level);
            boolean[] copied = new boolean[args.length];
            for (Edge e : edges) {
                if (e.leaf >= 0) {
                    args[e.component] = Fields.coerce(values[e.leaf], e.leafType, e.path);
                    continue;
                }
                if (e.key == null) {
                    args[e.component] = e.child.apply(args[e.component], values);
                    if (args[e.component] == null) {
                        return null;
                    }
                    continue;
                }
                if (!copied[e.component]) {
                    args[e.component] = new ArrayList<>((List<?>) args[e.component]);
                    copied[e.component] = true;
                }
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) args[e.component];
                Object el = e.index < items.size() ? items.get(e.index) : null;
                if (el == null || el.getClass() != e.keyAccessor.getDeclaringClass()
                        || !e.key.equals(invoke(e.keyAccessor, el))) {
                    return null;
                }
                Object changed = e.child.apply(el, values);
                if (changed == null) {
                    return null;
                }
                items.set(e.index, changed);
            }
            return construct(level, args);
        }
    }

    /** A component of a record that changes: a number (leaf) or a record or list element below it. */
    private static final class Edge {
        final int component;
        final int index;
        final String key;
        final Method keyAccessor;
        Node child;
        int leaf = -1;
        Class<?> leafType;
        FieldPath path;

        Edge(Level l) {
            component = l.component;
            index = l.index;
            key = l.key;
            keyAccessor = l.keyAccessor;
        }
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
