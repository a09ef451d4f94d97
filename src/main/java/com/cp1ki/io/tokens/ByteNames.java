package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Names read from bytes (features, models), each raw value looked up by its bytes without a
 * String per row. A raw value becomes a name through {@code naming} once (a tag list becomes its
 * feature); distinct raw values may share a name. At most {@code max} names are kept; further
 * ones are pooled under {@link #OTHER}. Not thread-safe: one per worker.
 */
final class ByteNames {
    static final String OTHER = "(other)";
    /** Raw values remembered; beyond this each new one is named again (bounded memory). */
    private static final int MAX_RAW = 8192;

    private final int max;
    private final UnaryOperator<String> naming;
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private byte[][] keys = new byte[64][];
    private int[] slots = new int[64];
    private int count;
    private int last = -1;
    boolean pooled;

    ByteNames(int max, UnaryOperator<String> naming) {
        this.max = max;
        this.naming = naming;
    }

    /** The index of the name of raw bytes {@code b[s, e)}, or -1 when the name is empty. */
    int of(byte[] b, int s, int e) {
        if (last >= 0) {
            byte[] k = keys[last];
            if (k.length == e - s && Arrays.equals(k, 0, k.length, b, s, e)) {
                return slots[last];
            }
        }
        int mask = keys.length - 1;
        int h = hash(b, s, e) & mask;
        while (keys[h] != null) {
            byte[] k = keys[h];
            if (k.length == e - s && Arrays.equals(k, 0, k.length, b, s, e)) {
                last = h;
                return slots[h];
            }
            h = (h + 1) & mask;
        }
        int idx = name(naming.apply(new String(b, s, e - s, StandardCharsets.UTF_8)));
        if (count >= MAX_RAW) {
            return idx;
        }
        keys[h] = Arrays.copyOfRange(b, s, e);
        slots[h] = idx;
        last = h;
        if (++count * 2 > keys.length) {
            rehash();
        }
        return idx;
    }

    /** The index of a name (no naming applied), or -1 for null or blank. */
    int name(String n) {
        if (n == null || n.isBlank()) {
            return -1;
        }
        Integer i = index.get(n);
        if (i != null) {
            return i;
        }
        if (names.size() >= max) {
            pooled = true;
            Integer o = index.get(OTHER);
            if (o != null) {
                return o;
            }
            n = OTHER;
        }
        names.add(n);
        index.put(n, names.size() - 1);
        return names.size() - 1;
    }

    private void rehash() {
        byte[][] ok = keys;
        int[] os = slots;
        keys = new byte[ok.length * 2][];
        slots = new int[ok.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < ok.length; k++) {
            if (ok[k] != null) {
                int h = hash(ok[k], 0, ok[k].length) & mask;
                while (keys[h] != null) {
                    h = (h + 1) & mask;
                }
                keys[h] = ok[k];
                slots[h] = os[k];
            }
        }
        last = -1;
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
