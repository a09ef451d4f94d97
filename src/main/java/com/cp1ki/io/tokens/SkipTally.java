package com.cp1ki.io.tokens;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Mutable count of skipped rows by reason, with the first few line numbers of each. */
final class SkipTally {
    /** How many line numbers are kept per reason. */
    static final int FIRST_LINES = 5;
    private static final SkipReason[] REASONS = SkipReason.values();

    private final long[] counts = new long[REASONS.length];
    private final long[][] lines = new long[REASONS.length][FIRST_LINES];

    void add(SkipReason reason, long line) {
        int r = reason.ordinal();
        long c = counts[r]++;
        if (c < FIRST_LINES) {
            lines[r][(int) c] = line;
        }
    }

    long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /** Adds a later part of the input, whose line numbers are relative: {@code lineOffset} is added. */
    void mergeLater(SkipTally later, long lineOffset) {
        for (int r = 0; r < counts.length; r++) {
            long have = counts[r];
            long add = later.counts[r];
            for (int k = 0; have + k < FIRST_LINES && k < Math.min(add, FIRST_LINES); k++) {
                lines[r][(int) (have + k)] = later.lines[r][k] + lineOffset;
            }
            counts[r] += add;
        }
    }

    /** The most frequent reason, or null when nothing was skipped. */
    SkipReason mostCommon() {
        SkipReason best = null;
        long max = 0;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > max) {
                max = counts[r];
                best = REASONS[r];
            }
        }
        return best;
    }

    long firstLine(SkipReason reason) {
        return counts[reason.ordinal()] == 0 ? -1 : lines[reason.ordinal()][0];
    }

    Map<SkipReason, Skipped> snapshot() {
        Map<SkipReason, Skipped> m = new EnumMap<>(SkipReason.class);
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > 0) {
                List<Long> l = new ArrayList<>();
                for (int k = 0; k < Math.min(counts[r], FIRST_LINES); k++) {
                    l.add(lines[r][k]);
                }
                m.put(REASONS[r], new Skipped(counts[r], l));
            }
        }
        return m;
    }
}
