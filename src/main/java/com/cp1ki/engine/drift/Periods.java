package com.cp1ki.engine.drift;

/** Sums of a feature's keys over a set of buckets, and the numbers read from them. */
final class Periods {
    private Periods() {
    }

    /** Per key, the sums over the bucket offsets {@code from..to} (inclusive) that {@code take} accepts. */
    static Sums[] sum(Series s, int from, int to, java.util.function.IntPredicate take) {
        Sums[] out = new Sums[s.keys()];
        for (int j = Math.max(0, from); j <= to && j < s.buckets; j++) {
            if (!take.test(j) || s.sums[j] == null) {
                continue;
            }
            for (int k = 0; k < s.keys(); k++) {
                Sums x = s.get(j, k);
                if (x != null) {
                    if (out[k] == null) {
                        out[k] = new Sums();
                    }
                    out[k].add(x);
                }
            }
        }
        return out;
    }

    static Sums[] bucket(Series s, int j) {
        return sum(s, j, j, x -> true);
    }

    /** Successful requests. */
    static double inferences(Series s, Sums[] p) {
        double n = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] != null && !s.keyFailed.get(k)) {
                n += p[k].n;
            }
        }
        return n;
    }

    static double failed(Series s, Sums[] p) {
        double n = 0;
        for (int k = 0; k < p.length; k++) {
            if (p[k] != null && s.keyFailed.get(k)) {
                n += p[k].n;
            }
        }
        return n;
    }

    static double cost(Sums[] p) {
        double c = 0;
        for (Sums x : p) {
            if (x != null) {
                c += x.cost();
            }
        }
        return c;
    }

    /** 1000 x cost / inferences, or NaN without inferences. */
    static double cp1ki(Series s, Sums[] p) {
        double n = inferences(s, p);
        return n > 0 ? 1000 * cost(p) / n : Double.NaN;
    }

    static double billed(Sums[] p) {
        double b = 0;
        for (Sums x : p) {
            if (x != null) {
                b += x.billed;
            }
        }
        return b;
    }

    /** The modelled cost of the requests that carried a billed cost (each key's cost x its billed share). */
    static double modelledOfBilled(Sums[] p) {
        double c = 0;
        for (Sums x : p) {
            if (x != null && x.n > 0) {
                c += x.cost() * Math.min(1, x.billedN / x.n);
            }
        }
        return c;
    }
}
