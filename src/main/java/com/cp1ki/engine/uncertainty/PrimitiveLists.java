package com.cp1ki.engine.uncertainty;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Read-only lists over arrays of primitives that nothing else holds: {@link Stats}' histogram and
 * cumulative curve keep the shape the CLI and the views read ({@code List<Integer>},
 * {@code List<Double>}) without boxing 131 numbers for each of a simulation's hundreds of outputs.
 * Equal to (and hashing as) any list of the same numbers.
 */
final class PrimitiveLists {
    private PrimitiveLists() {
    }

    /** A list over the array, which the caller hands over and no longer writes. */
    static List<Integer> of(int[] values) {
        return new Ints(values);
    }

    /** A list over the array, which the caller hands over and no longer writes. */
    static List<Double> of(double[] values) {
        return new Doubles(values);
    }

    /** The list itself when it is one of these, else an immutable copy ({@link List#copyOf}). */
    static <T> List<T> immutable(List<T> list) {
        return list instanceof Ints || list instanceof Doubles ? list : List.copyOf(list);
    }

    private static final class Ints extends AbstractList<Integer> implements RandomAccess {
        private final int[] a;

        Ints(int[] a) {
            this.a = a;
        }

        @Override
        public Integer get(int i) {
            return a[i];
        }

        @Override
        public int size() {
            return a.length;
        }
    }

    private static final class Doubles extends AbstractList<Double> implements RandomAccess {
        private final double[] a;

        Doubles(double[] a) {
            this.a = a;
        }

        @Override
        public Double get(int i) {
            return a[i];
        }

        @Override
        public int size() {
            return a.length;
        }
    }
}
