package com.cp1ki.app.uncertainty;

import com.cp1ki.app.session.Edit;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;

import java.util.concurrent.ThreadLocalRandom;

/** Edits of the Monte Carlo's seed: a new one at random (Reseed), or one typed. */
public final class Reseed {
    private Reseed() {
    }

    /** A new seed, 1 to 999,999 (short enough to read out and type back), other than the project's. */
    public static Edit edit(Project p) {
        long old = p.uncertainty().seed();
        long seed;
        do {
            seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);
        } while (seed == old);
        return to(seed);
    }

    /** Sets the seed. */
    public static Edit to(long seed) {
        return new Edit("Set the Monte Carlo seed to " + seed,
                p -> p.withUncertainty(p.uncertainty().withSeed(seed)));
    }

    /**
     * The seed typed in a field: a whole number (thousands separators allowed), at most 19 digits.
     *
     * @throws InvalidInputException naming the field when it is not one
     */
    public static long parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("[,\\s_]", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Monte Carlo seed", "Monte Carlo seed must be a whole number "
                    + "(e.g. 42), not \"" + (text == null ? "" : text.strip()) + "\"");
        }
    }
}
