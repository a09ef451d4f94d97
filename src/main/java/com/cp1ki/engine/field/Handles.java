package com.cp1ki.engine.field;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A record's components and canonical constructor as method handles, looked up once per
 * {@link FieldSetter}: reading a component or copying a record with some components changed then
 * costs no {@code Method.invoke} (its argument array, the boxing of every number it reads) and no
 * {@code Constructor.newInstance}. A copy passes each unchanged component from the old record to
 * the canonical constructor directly (a double stays a double), so the constructor, and every
 * check it makes, runs as for any other copy.
 *
 * <p>The handles of a record class are made once per run of the program and kept with the class
 * ({@link ClassValue}): making them costs milliseconds, and a simulation's set-up (every edit of a
 * project with ranges reruns it) would otherwise pay it each time. They depend on the class alone.
 */
final class Handles {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    /** One record class's handles: its components' readers and the copiers made so far, by the components they change. */
    private static final class Shape {
        final RecordComponent[] components;
        final MethodHandle[] readers;
        final MethodHandle[] numberReaders;
        private final Map<String, MethodHandle> copiers = new HashMap<>();

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            readers = new MethodHandle[components.length];
            numberReaders = new MethodHandle[components.length];
            for (int k = 0; k < components.length; k++) {
                readers[k] = accessor(components[k]).asType(MethodType.genericMethodType(1));
                Class<?> t = components[k].getType();
                if (t == double.class || t == int.class || t == long.class) {
                    numberReaders[k] = accessor(components[k]).asType(MethodType.methodType(double.class, Object.class));
                }
            }
        }
    }

    private Handles() {
    }

    /** The shape's copier of {@code changed}, made at its first use (a batch's set-up, not a draw: locking is no cost). */
    private static MethodHandle copier(Shape shape, Class<?> type, int[] changed) {
        synchronized (shape) {
            return shape.copiers.computeIfAbsent(Arrays.toString(changed), k -> makeCopier(type, changed));
        }
    }

    /** Component {@code k} of a record of class {@code type} given as an Object: {@code (Object)Object}. */
    static MethodHandle reader(Class<?> type, int k) {
        return SHAPES.get(type).readers[k];
    }

    /** A primitive number component widened to a double, {@code (Object)double}; null for a boxed or other component. */
    static MethodHandle numberReader(Class<?> type, int k) {
        return SHAPES.get(type).numberReaders[k];
    }

    /**
     * The copy of a record of class {@code type} with components {@code changed} (indices, in
     * order) replaced: {@code (Object record, Object[] newValues)Object}, each new value boxed as
     * {@code Method.invoke} takes it (a Double for a double).
     */
    static MethodHandle copier(Class<?> type, int[] changed) {
        return copier(SHAPES.get(type), type, changed);
    }

    private static MethodHandle makeCopier(Class<?> type, int[] changed) {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int k = 0; k < cs.length; k++) {
            types[k] = cs[k].getType();
        }
        MethodHandle h;
        try {
            var ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            h = LOOKUP.unreflectConstructor(ctor);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor of " + type.getSimpleName(), e);
        }
        // the constructor with each unchanged argument read from the old record, then all of those
        // arguments merged into one (the record), the changed ones after it in order
        Class<?>[] params = new Class<?>[changed.length + 1];
        params[0] = type;
        int[] reorder = new int[cs.length];
        for (int k = 0; k < cs.length; k++) {
            int at = indexOf(changed, k);
            if (at < 0) {
                h = MethodHandles.filterArguments(h, k, accessor(cs[k]));
            } else {
                params[at + 1] = types[k];
                reorder[k] = at + 1;
            }
        }
        h = MethodHandles.permuteArguments(h, MethodType.methodType(type, params), reorder);
        return h.asType(MethodType.genericMethodType(changed.length + 1)).asSpreader(Object[].class, changed.length);
    }

    /** {@code reader} applied to {@code r}. */
    static Object read(MethodHandle reader, Object r) {
        try {
            return (Object) reader.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code numberReader} applied to {@code r}. */
    static double number(MethodHandle numberReader, Object r) {
        try {
            return (double) numberReader.invokeExact(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The copy of {@code r} by {@code copier}.
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when the record refuses a value
     */
    static Object copy(MethodHandle copier, Object r, Object[] values) {
        try {
            return (Object) copier.invokeExact(r, values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle accessor(RecordComponent c) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        try {
            return LOOKUP.unreflect(m);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
