package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.model.Range;

/**
 * Reproducible random numbers for simulations: the uniform number of draw {@code i} of a named
 * input depends only on the seed, the input's key and i. Nothing depends on the order in which
 * draws are made, how they are split across threads, or which other inputs exist, so the same
 * file and seed give the same numbers, bit for bit, on any machine and any thread count, and
 * adding a range to one input leaves the draws of the others as they were.
 *
 * <p>The generator is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014) read at a position: the i-th output of a stream is
 * {@code mix(streamSeed + (i + 1) x golden gamma)}; the stream seed mixes the project's seed with
 * a 64-bit FNV-1a hash of the key. Only integer arithmetic, so every JVM gives the same bits.
 */
public final class SeededDraws {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SeededDraws() {
    }

    /** The stream of one input, such as a field path's text, under a seed. */
    public static long stream(long seed, String key) {
        long h = FNV_OFFSET;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            h = (h ^ (c & 0xff)) * FNV_PRIME;
            h = (h ^ (c >>> 8)) * FNV_PRIME;
        }
        return mix(seed ^ mix(h));
    }

    /** The uniform number in (0, 1) of draw {@code draw} (0-based) of a stream. */
    public static double uniform(long stream, long draw) {
        long z = mix(stream + (draw + 1) * GOLDEN_GAMMA);
        return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Draw {@code draw} of a range on a stream. */
    public static double draw(Range range, long stream, long draw) {
        return range.quantile(uniform(stream, draw));
    }

    /** Draws {@code from} .. {@code from + count - 1} of a range on a stream into {@code dest} from {@code offset}. */
    public static void fill(Range range, long stream, long from, double[] dest, int offset, int count) {
        for (int i = 0; i < count; i++) {
            dest[offset + i] = range.quantile(uniform(stream, from + i));
        }
    }

    /** SplitMix64's finaliser (a bijection of 64-bit values with good avalanche). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
