package com.cp1ki.engine.field;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A record on the paths of a {@link FieldSetter.Batch}, and the components of it that change: the
 * tree of records a batch copies, each once, with a method handle that copies a record of its
 * class with exactly those components replaced ({@link Handles#copier}).
 */
final class BatchNode {
    private final Class<?> type;
    private final List<Edge> edges = new ArrayList<>();
    /** the components that change, in the order of the copier's values */
    private int[] components;
    private MethodHandle copier;

    /** A component of a record that changes: a number (leaf), a record or list element below it, and/or changes. */
    private static final class Edge {
        final FieldSetter.Level level;
        /** the edge's place among the node's changed components (edges into one list share it) */
        int slot;
        BatchNode child;
        int leaf = -1;
        FieldPath path;
        final List<BiFunction<Object, double[], Object>> changes = new ArrayList<>();

        Edge(FieldSetter.Level level) {
            this.level = level;
        }
    }

    private BatchNode(Class<?> type) {
        this.type = type;
    }

    /** The tree of {@code setters} (number i set from values[i]) and {@code changes}. */
    static BatchNode of(List<FieldSetter> setters, List<FieldSetter.Change> changes) {
        FieldSetter first = setters.isEmpty() ? changes.get(0).at() : setters.get(0);
        BatchNode root = new BatchNode(first.levels()[0].type());
        for (int i = 0; i < setters.size(); i++) {
            root.edgeTo(setters.get(i)).leaf = i;
        }
        for (FieldSetter.Change c : changes) {
            root.edgeTo(c.at()).changes.add(c.to());
        }
        root.finish();
        return root;
    }

    /** The last edge of {@code s}'s path, made as needed. */
    private Edge edgeTo(FieldSetter s) {
        FieldSetter.Level[] ls = s.levels();
        BatchNode at = this;
        Edge e = null;
        for (int d = 0; d < ls.length; d++) {
            e = at.edge(ls[d]);
            if (d < ls.length - 1 && e.child == null) {
                e.child = new BatchNode(ls[d + 1].type());
            }
            at = e.child;
        }
        e.path = s.path();
        return e;
    }

    private Edge edge(FieldSetter.Level l) {
        for (Edge e : edges) {
            if (e.level.component() == l.component() && e.level.index() == l.index()) {
                return e;
            }
        }
        Edge e = new Edge(l);
        edges.add(e);
        return e;
    }

    /** Numbers each changed component and makes the copiers, down the tree. */
    private void finish() {
        List<Integer> cs = new ArrayList<>();
        for (Edge e : edges) {
            if (!cs.contains(e.level.component())) {
                cs.add(e.level.component());
            }
            e.slot = cs.indexOf(e.level.component());
            if (e.child != null) {
                e.child.finish();
            }
        }
        components = cs.stream().mapToInt(Integer::intValue).toArray();
        copier = Handles.copier(type, components);
    }

    /**
     * The record copied with its changes; null when the record is not of the class resolved or a
     * list element is no longer where it was (a project of another shape).
     */
    Object apply(Object rec, double[] values) {
        if (rec == null || rec.getClass() != type) {
            return null;
        }
        Object[] args = new Object[components.length];
        for (Edge e : edges) {
            FieldSetter.Level l = e.level;
            if (l.key() != null) {
                if (args[e.slot] == null) {
                    args[e.slot] = new ArrayList<>((List<?>) Handles.read(l.reader(), rec));
                }
                @SuppressWarnings("unchecked")
                List<Object> items = (List<Object>) args[e.slot];
                Object el = l.index() < items.size() ? items.get(l.index()) : null;
                if (el == null || el.getClass() != l.elementType() || !l.key().equals(Handles.read(l.keyReader(), el))) {
                    return null;
                }
                Object changed = e.child.apply(el, values);
                if (changed == null) {
                    return null;
                }
                items.set(l.index(), changed);
                continue;
            }
            Object v;
            if (e.leaf >= 0) {
                v = Fields.coerce(values[e.leaf], l.componentType(), e.path);
            } else if (e.child != null) {
                v = e.child.apply(Handles.read(l.reader(), rec), values);
                if (v == null) {
                    return null;
                }
            } else {
                v = Handles.read(l.reader(), rec);
            }
            for (BiFunction<Object, double[], Object> c : e.changes) {
                v = c.apply(v, values);
            }
            args[e.slot] = v;
        }
        return Handles.copy(copier, rec, args);
    }
}
