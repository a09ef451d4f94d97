package com.cp1ki.engine.model;

/** Token profile typed by the user: mean input and output tokens per inference. */
public record TypedMeans(double input, double output) implements TokenProfile {

    public TypedMeans {
        Check.nonNegative("input tokens", input);
        Check.nonNegative("output tokens", output);
    }

    @Override
    public double meanInput() {
        return input;
    }

    @Override
    public double meanOutput() {
        return output;
    }

    @Override
    public double totalWeight() {
        return 1;
    }

    @Override
    public int pointCount() {
        return 1;
    }

    @Override
    public double pointWeight(int i) {
        return 1;
    }

    @Override
    public double pointInput(int i) {
        return input;
    }

    @Override
    public double pointOutput(int i) {
        return output;
    }

    @Override
    public boolean exact() {
        return true;
    }
}
