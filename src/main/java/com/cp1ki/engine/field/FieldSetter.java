package com.cp1ki.engine.field;

import com.cp1ki.engine.model.Project;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One number's {@link FieldPath} resolved once against a project, to read and set it many times
 * (a Monte Carlo draw sets every ranged input of the same project shape thousands of times):
 * each record on the path with method handles of its components and canonical constructor
 * ({@link Handles}), and the position of each named list element, looked up once instead of by
 * reflection on every set. Sets exactly as {@link Fields#with} does (every record on the path
 * copied through its canonical constructor, so every invariant runs; a whole number rounded); a
 * project of another shape (an element no longer where it was, a record of another class on the
 * path) is handed to {@link Fields}. Immutable.
 */
public final class FieldSetter {
    private final FieldPath path;
    private final Level[] levels;
    /** this number alone, set by a copy of each record on its path */
    private final BatchNode alone;

    /**
     * One record on the path: its class, the component it leads on and how to read it, and the
     * list element picked there (its position, class and how to read its key).
     */
    record Level(Class<?> type, int component, MethodHandle reader, Class<?> componentType, MethodHandle numberReader,
                 String key, int index, Class<?> elementType, MethodHandle keyReader) {
    }

    private FieldSetter(FieldPath path, Level[] levels) {
        this.path = path;
        this.levels = levels;
        this.alone = BatchNode.of(List.of(this), List.of());
    }

    /**
     * The setter of a number of {@code p} (or of a record component, for a {@link Change}).
     *
     * @throws MissingFieldException when the path names nothing in the project
     */
    public static FieldSetter of(Project p, FieldPath path) {
        Fields.get(p, path);
        List<FieldPath.Segment> segs = path.segments();
        Level[] levels = new Level[segs.size()];
        Object at = p;
        for (int i = 0; i < segs.size(); i++) {
            Record r = (Record) at;
            RecordComponent[] cs = r.getClass().getRecordComponents();
            int component = -1;
            for (int k = 0; k < cs.length; k++) {
                component = cs[k].getName().equals(segs.get(i).component()) ? k : component;
            }
            Object v = Records.get(r, segs.get(i).component());
            int index = -1;
            MethodHandle keyReader = null;
            Class<?> elementType = null;
            if (segs.get(i).keyed()) {
                List<?> items = (List<?>) v;
                for (int k = 0; k < items.size() && index < 0; k++) {
                    if (items.get(k) instanceof Record e && segs.get(i).key().equals(Fields.key(e))) {
                        index = k;
                    }
                }
                v = items.get(index);
                elementType = v.getClass();
                RecordComponent[] es = elementType.getRecordComponents();
                for (int k = 0; k < es.length && keyReader == null; k++) {
                    keyReader = es[k].getType() == String.class ? Handles.reader(elementType, k) : null;
                }
            }
            levels[i] = new Level(r.getClass(), component, Handles.reader(r.getClass(), component),
                    cs[component].getType(), i == segs.size() - 1 ? Handles.numberReader(r.getClass(), component) : null,
                    segs.get(i).key(), index, elementType, keyReader);
            at = v;
        }
        return new FieldSetter(path, levels);
    }

    /** The path. */
    public FieldPath path() {
        return path;
    }

    Level[] levels() {
        return levels;
    }

    /** The number in {@code p}, as {@link Fields#number}. */
    public double number(Project p) {
        Object at = p;
        int n = levels.length;
        for (int i = 0; i < n - 1; i++) {
            at = down(at, levels[i]);
            if (at == null) {
                return Fields.number(p, path);
            }
        }
        Level leaf = levels[n - 1];
        if (at.getClass() == leaf.type && leaf.numberReader != null) {
            return Handles.number(leaf.numberReader, at); // a double, int or long read without boxing
        }
        Object v = at.getClass() == leaf.type ? Handles.read(leaf.reader, at) : null;
        return v instanceof Number x ? x.doubleValue() : Fields.number(p, path);
    }

    /**
     * {@code p} with the number set to {@code value}, as {@link Fields#with}.
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when a record refuses the value
     */
    public Project with(Project p, double value) {
        Object q = alone.apply(p, new double[]{value});
        return q != null ? (Project) q : Fields.with(p, path, value);
    }

    /**
     * A record component set from a batch's values by a function of its value, applied after the
     * numbers below it are set: a workload's token profile scaled by the drawn factors.
     *
     * @param at the component (resolved like a number: {@link #of})
     * @param to its new value from its value and the batch's values
     */
    public record Change(FieldSetter at, BiFunction<Object, double[], Object> to) {
    }

    /**
     * Several numbers of a project set together (the ranged inputs of one draw), and maybe
     * {@link Change}s: each record on their paths is copied once, with all of its changed
     * components, and the project once, instead of once per number. The result equals setting them
     * one after another (the numbers, then the changes) when each set alone is allowed; where only
     * the set of them together is valid (two cache shares that trade places), the batch accepts
     * what is valid in the end. Immutable.
     */
    public static final class Batch {
        private final List<FieldSetter> setters;
        private final List<Change> changes;
        /** null when the batch sets nothing */
        private final BatchNode root;

        /** The batch of {@code setters}, all resolved against {@code p} (a project of the shape it will set). */
        public Batch(Project p, List<FieldSetter> setters) {
            this(p, setters, List.of());
        }

        /** The batch of {@code setters} and then {@code changes}, all resolved against {@code p}. */
        public Batch(Project p, List<FieldSetter> setters, List<Change> changes) {
            this.setters = List.copyOf(setters);
            this.changes = List.copyOf(changes);
            root = setters.isEmpty() && changes.isEmpty() ? null : BatchNode.of(this.setters, this.changes);
        }

        /**
         * {@code p} with number i set to {@code values[i]} and the changes made (they may read
         * values past the numbers').
         *
         * @throws com.cp1ki.engine.model.InvalidInputException when a record refuses the values
         */
        public Project with(Project p, double[] values) {
            if (root == null) {
                return p;
            }
            Object q = root.apply(p, values);
            if (q != null) {
                return (Project) q;
            }
            // a project of another shape: one number at a time through Fields
            Project one = p;
            for (int i = 0; i < setters.size(); i++) {
                one = setters.get(i).with(one, values[i]);
            }
            for (Change c : changes) {
                one = Fields.update(one, c.at().path(), old -> c.to().apply(old, values));
            }
            return one;
        }
    }

    /** The component a level leads on (a list element by its remembered position); null when the shape differs. */
    private static Object down(Object at, Level l) {
        if (at == null || at.getClass() != l.type) {
            return null;
        }
        Object v = Handles.read(l.reader, at);
        if (l.key == null) {
            return v;
        }
        List<?> items = (List<?>) v;
        if (l.index >= items.size()) {
            return null;
        }
        Object e = items.get(l.index);
        return e.getClass() == l.elementType && l.key.equals(Handles.read(l.keyReader, e)) ? e : null;
    }
}
