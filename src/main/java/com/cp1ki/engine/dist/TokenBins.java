package com.cp1ki.engine.dist;

/**
 * Log-spaced bins over non-negative token counts.
 *
 * <p>Counts below 128 get a bin each (exact). Above that every power of two is split into 128
 * equal bins, so a bin's width is at most 1/128 (0.78%) of its lower bound: a value read back from
 * a bin is within 1% of any value that fell into it, as the cost model requires. The bin of a count
 * is found with integer operations only (no logarithm), which keeps import fast.
 */
public final class TokenBins {
    /** Bits of mantissa kept per power of two. */
    public static final int SUB_BITS = 7;
    /** Bins per power of two, and the count below which bins are exact. */
    public static final int SUB = 1 << SUB_BITS;
    /** The largest token count a bin can hold (2^52, beyond any real request). */
    public static final long MAX_VALUE = 1L << 52;

    private TokenBins() {
    }

    /** The bin of a count in [0, MAX_VALUE]. */
    public static int binOf(long v) {
        if (v < SUB) {
            if (v < 0) {
                throw new IllegalArgumentException("token count must be >= 0, was " + v);
            }
            return (int) v;
        }
        if (v > MAX_VALUE) {
            throw new IllegalArgumentException("token count must be <= " + MAX_VALUE + ", was " + v);
        }
        int e = 63 - Long.numberOfLeadingZeros(v);
        int shift = e - SUB_BITS;
        int mant = (int) (v >>> shift) & (SUB - 1);
        return (shift + 1) * SUB + mant;
    }

    /** The smallest count in a bin. */
    public static long lowerBound(int bin) {
        if (bin < 0) {
            throw new IllegalArgumentException("bin must be >= 0, was " + bin);
        }
        if (bin < SUB) {
            return bin;
        }
        int shift = bin / SUB - 1;
        int mant = bin % SUB;
        return ((long) (SUB + mant)) << shift;
    }

    /** One past the largest count in a bin. */
    public static long upperBoundExclusive(int bin) {
        return lowerBound(bin + 1);
    }

    /** The largest valid bin index. */
    public static int maxBin() {
        return binOf(MAX_VALUE);
    }
}
