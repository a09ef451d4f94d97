package com.cp1ki.engine.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How uncertain a project's inputs are, and how to simulate it: the ranges on inputs, the Monte
 * Carlo seed and number of draws, and the tornado's default swing for inputs without a range.
 *
 * <p>Not a record on purpose: {@code engine.field.Fields} walks the records of a project to list
 * its inputs, and these settings describe the inputs rather than being one.
 */
public final class Uncertainty {
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_DRAWS = 10_000;
    /** The most draws a simulation takes (a million: beyond it a percentile moves by less than its display rounding). */
    public static final int MAX_DRAWS = 1_000_000;
    /** Inputs without a range move by this share either way in a tornado. */
    public static final double DEFAULT_SWING = 0.2;

    public static final Uncertainty DEFAULT = new Uncertainty(DEFAULT_SEED, DEFAULT_DRAWS, DEFAULT_SWING, List.of());

    private final long seed;
    private final int draws;
    private final double swing;
    private final List<RangedInput> ranges;

    /**
     * @param seed   the Monte Carlo seed: the same seed gives the same draws, bit for bit
     * @param draws  draws per simulation, 1 to {@link #MAX_DRAWS}
     * @param swing  tornado: how far an input without a range moves down and up, as a share in (0, 1)
     * @param ranges at most one per field
     */
    public Uncertainty(long seed, int draws, double swing, List<RangedInput> ranges) {
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new InvalidInputException("draws", "draws must be between 1 and " + String.format(java.util.Locale.ROOT, "%,d", MAX_DRAWS)
                    + ", was " + String.format(java.util.Locale.ROOT, "%,d", draws));
        }
        Check.finite("tornado swing", swing);
        if (!(swing > 0 && swing < 1)) {
            throw new InvalidInputException("tornado swing", "tornado swing must be above 0% and below 100%, was "
                    + swing * 100 + "%");
        }
        this.ranges = List.copyOf(Check.present("ranges", ranges));
        Set<String> seen = new HashSet<>();
        for (RangedInput r : this.ranges) {
            Check.present("ranges", r);
            if (!seen.add(r.field())) {
                throw new InvalidInputException("ranges", "two ranges are on " + r.field() + "; give a field one range");
            }
        }
        this.seed = seed;
        this.draws = draws;
        this.swing = swing;
    }

    public long seed() {
        return seed;
    }

    public int draws() {
        return draws;
    }

    public double swing() {
        return swing;
    }

    public List<RangedInput> ranges() {
        return ranges;
    }

    /** The range on a field path's text, if any. */
    public Optional<Range> range(String field) {
        return ranges.stream().filter(r -> r.field().equals(field)).map(RangedInput::range).findFirst();
    }

    /** Whether there is nothing to save: no ranges and the default seed, draws and swing. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }

    public Uncertainty withSeed(long s) {
        return new Uncertainty(s, draws, swing, ranges);
    }

    public Uncertainty withDraws(int n) {
        return new Uncertainty(seed, n, swing, ranges);
    }

    public Uncertainty withSwing(double s) {
        return new Uncertainty(seed, draws, s, ranges);
    }

    /** This with the range on {@code field} set (replacing one there, else added last), or removed when null. */
    public Uncertainty withRange(String field, Range range) {
        List<RangedInput> out = new ArrayList<>();
        boolean replaced = false;
        for (RangedInput r : ranges) {
            if (r.field().equals(field)) {
                replaced = true;
                if (range != null) {
                    out.add(new RangedInput(field, range));
                }
            } else {
                out.add(r);
            }
        }
        if (!replaced && range != null) {
            out.add(new RangedInput(field, range));
        }
        return new Uncertainty(seed, draws, swing, out);
    }

    /** This with every range's field path rewritten (a renamed item), keeping the order. */
    public Uncertainty withFields(UnaryOperator<String> rename) {
        List<RangedInput> out = new ArrayList<>();
        for (RangedInput r : ranges) {
            out.add(new RangedInput(rename.apply(r.field()), r.range()));
        }
        return new Uncertainty(seed, draws, swing, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uncertainty u && seed == u.seed && draws == u.draws
                && Double.compare(swing, u.swing) == 0 && ranges.equals(u.ranges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, draws, swing, ranges);
    }

    @Override
    public String toString() {
        return "Uncertainty[seed=" + seed + ", draws=" + draws + ", swing=" + swing + ", ranges=" + ranges + "]";
    }
}
