package com.cp1ki.engine.model;

/**
 * A token profile with every request's input tokens multiplied by {@code inputFactor} and its output
 * tokens by {@code outputFactor}: the same requests, longer or shorter (a forecast month's token
 * growth). The engine reads it like any profile; it is never saved (a file holds the base profile
 * and the factor that made it).
 *
 * @param base         the profile scaled
 * @param inputFactor  multiplier of input tokens, > 0
 * @param outputFactor multiplier of output tokens, > 0
 */
public record ScaledTokens(TokenProfile base, double inputFactor, double outputFactor) implements TokenProfile {

    public ScaledTokens {
        Check.present("token profile", base);
        Check.positive("input token factor", inputFactor);
        Check.positive("output token factor", outputFactor);
    }

    /** {@code p} with both token counts scaled by {@code f}: typed means as new means, else a scaled view; p itself when f is 1. */
    public static TokenProfile of(TokenProfile p, double f) {
        if (f == 1) {
            return p;
        }
        if (p instanceof TypedMeans m) {
            return new TypedMeans(m.input() * f, m.output() * f);
        }
        if (p instanceof ScaledTokens s) {
            return new ScaledTokens(s.base, s.inputFactor * f, s.outputFactor * f);
        }
        return new ScaledTokens(p, f, f);
    }

    @Override
    public double meanInput() {
        return base.meanInput() * inputFactor;
    }

    @Override
    public double meanOutput() {
        return base.meanOutput() * outputFactor;
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
        return base.pointInput(i) * inputFactor;
    }

    @Override
    public double pointOutput(int i) {
        return base.pointOutput(i) * outputFactor;
    }

    @Override
    public boolean exact() {
        return base.exact();
    }
}
