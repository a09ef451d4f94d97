package com.cp1ki.engine.uncertainty;

import java.util.List;

/**
 * One-at-a-time sensitivity: every input moved to its low and high end alone (a ranged input to its
 * range's ends, any other number by the project's swing either way), each output recomputed by the
 * full report at both ends.
 *
 * @param swing    how far an input without a range moved, a share (0.2 = 20%)
 * @param outputs  CP1Ki of every workload on every enabled stack, each plan's margin per user, the
 *                 monthly bill (when something is routed), each with its bars
 * @param warnings inputs that could not move and why; ranges left behind by an edit
 */
public record Tornado(double swing, List<Chart> outputs, List<String> warnings) {

    public Tornado {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    /**
     * The tornado of one output.
     *
     * @param output what it is
     * @param base   its value in the point report
     * @param bars   one per input that moves it, largest swing first
     */
    public record Chart(Output output, double base, List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * One input's bar.
     *
     * @param field     the input's field path
     * @param ranged    whether the ends are the input's range (else the project's swing)
     * @param base      the input's value in the project
     * @param lowInput  the input at its low end (as the model holds it: a count is rounded)
     * @param highInput the input at its high end
     * @param atLow     the output's value with the input at its low end
     * @param atHigh    the output's value with the input at its high end
     */
    public record Bar(String field, boolean ranged, double base, double lowInput, double highInput, double atLow,
                      double atHigh) {
        /** How far the output moves between the two ends. */
        public double swing() {
            return Math.abs(atHigh - atLow);
        }
    }
}
