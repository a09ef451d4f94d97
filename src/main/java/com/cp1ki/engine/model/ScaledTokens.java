package com.cp1ki.engine.model;

/**
 * A token profile with every request's input and output tokens multiplied by a factor (prompt
 * growth, longer answers): the profile a simulation or a forecast reports on when a workload's
 * tokens are scaled. Exists only while a report is computed; it is never saved (a project file
 * holds the base profile and the scale's range).
 *
 * <p>Use {@link #of}: typed means scale to typed means, so only a distribution is ever wrapped.
 *
 * @param base        the measured or typed profile
 * @param inputScale  factor on input tokens (> 0)
 * @param outputScale factor on output tokens (> 0)
 */
public record ScaledTokens(TokenProfile base, double inputScale, double outputScale) implements TokenProfile {

    public ScaledTokens {
        Check.present("token profile", base);
        Check.positive("input token scale", inputScale);
        Check.positive("output token scale", outputScale);
        if (base instanceof ScaledTokens) {
            throw new InvalidInputException("token profile", "scale the base profile once");
        }
    }

    /** {@code p} with its tokens scaled: typed means scaled in place, a distribution wrapped (scales compose). */
    public static TokenProfile of(TokenProfile p, double inputScale, double outputScale) {
        if (inputScale == 1 && outputScale == 1) {
            return p;
        }
        if (p instanceof TypedMeans m) {
            Check.positive("input token scale", inputScale);
            Check.positive("output token scale", outputScale);
            return new TypedMeans(m.input() * inputScale, m.output() * outputScale);
        }
        if (p instanceof ScaledTokens s) {
            return of(s.base, s.inputScale * inputScale, s.outputScale * outputScale);
        }
        return new ScaledTokens(p, inputScale, outputScale);
    }

    /** The profile without its scale. */
    public static TokenProfile unscaled(TokenProfile p) {
        return p instanceof ScaledTokens s ? s.base : p;
    }

    @Override
    public double meanInput() {
        return base.meanInput() * inputScale;
    }

    @Override
    public double meanOutput() {
        return base.meanOutput() * outputScale;
    }

    @Override
    public double totalWeight() {
        return base.totalWeight();
    }

    @Override
    public int pointCount() {
        return base.pointCount();
    }

    @Override
    public double pointWeight(int i) {
        return base.pointWeight(i);
    }

    @Override
    public double pointInput(int i) {
        return base.pointInput(i) * inputScale;
    }

    @Override
    public double pointOutput(int i) {
        return base.pointOutput(i) * outputScale;
    }

    @Override
    public boolean exact() {
        return base.exact();
    }
}
