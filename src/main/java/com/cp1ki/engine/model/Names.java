package com.cp1ki.engine.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The items of a list by name, checked unique: what {@link Project}'s constructor looks workloads
 * and stacks up in. A short list (most projects, and every copy a Monte Carlo draw makes of one,
 * thousands a second) is scanned, so checking it allocates no hash map; a long one is hashed, so a
 * project of a thousand workloads is not checked in quadratic time. Either way the first name that
 * repeats an earlier one is the one reported.
 */
final class Names<T> {
    /** Lists up to this long are scanned. */
    static final int SCAN = 16;

    private final List<T> items;
    private final Function<T, String> name;
    /** null for a short list */
    private final Map<String, T> map;

    private Names(List<T> items, Function<T, String> name, Map<String, T> map) {
        this.items = items;
        this.name = name;
        this.map = map;
    }

    /**
     * {@code items} by {@code name}.
     *
     * @throws InvalidInputException "two {kind}s are named 'x'" at the first repeated name
     */
    static <T> Names<T> unique(String kind, List<T> items, Function<T, String> name) {
        Map<String, T> map = null;
        if (items.size() > SCAN) {
            map = new HashMap<>();
            for (T t : items) {
                String n = name.apply(t);
                if (map.containsKey(n)) {
                    throw repeated(kind, n);
                }
                map.put(n, t);
            }
        } else {
            for (int i = 1; i < items.size(); i++) {
                String n = name.apply(items.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(n, name.apply(items.get(j)))) {
                        throw repeated(kind, n);
                    }
                }
            }
        }
        return new Names<>(items, name, map);
    }

    /** The item named {@code n}, or null. */
    T get(String n) {
        if (map != null) {
            return map.get(n);
        }
        for (int i = 0; i < items.size(); i++) { // indexed: no iterator a look-up
            if (Objects.equals(n, name.apply(items.get(i)))) {
                return items.get(i);
            }
        }
        return null;
    }

    private static InvalidInputException repeated(String kind, String n) {
        return new InvalidInputException(kind + " name", "two " + kind + "s are named '" + n + "'");
    }
}
