package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.model.Range;

import java.util.List;
import java.util.Optional;

/**
 * A Monte Carlo simulation's result: every followed output's statistics at the seed and number of
 * draws that produced it, and how likely each stack is to be the cheapest for each workload.
 *
 * @param seed     the seed
 * @param draws    the number of draws
 * @param inputs   the ranged inputs drawn (ranges left behind by an edit are in {@code warnings})
 * @param outputs  each output with its point value and statistics
 * @param cheapest per workload, the share of draws in which each enabled stack has the lowest monthly cost
 * @param refused  draws whose inputs together broke a rule of the model (e.g. cache shares above
 *                 100%); they give no numbers and are counted here
 * @param warnings sentences for people
 */
public record Simulation(long seed, int draws, List<Input> inputs, List<Result> outputs, List<Cheapest> cheapest,
                         int refused, List<String> warnings) {

    public Simulation {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        cheapest = List.copyOf(cheapest);
        warnings = List.copyOf(warnings);
    }

    /** The label every simulated number carries, e.g. "n = 10,000, seed = 42". */
    public String stamp() {
        return String.format(java.util.Locale.ROOT, "n = %,d, seed = %d", draws, seed);
    }

    /** The output with a key, if followed. */
    public Optional<Result> output(String key) {
        return outputs.stream().filter(r -> r.output().key().equals(key)).findFirst();
    }

    /**
     * One ranged input.
     *
     * @param field its field path
     * @param range its range
     * @param base  its value in the project
     */
    public record Input(String field, Range range, double base) {
    }

    /**
     * One output.
     *
     * @param output        what it is
     * @param base          its value in the point report
     * @param stats         its draws' statistics
     * @param contributions the ranged inputs' shares of its spread, largest first
     */
    public record Result(Output output, double base, Stats stats, List<Contribution> contributions) {
        public Result {
            contributions = List.copyOf(contributions);
        }
    }

    /**
     * How often each stack is the cheapest for one workload.
     *
     * @param workload the workload
     * @param stacks   the enabled stacks in project order
     * @param shares   the share of draws each is cheapest in (a tie goes to the first), adding up to 1
     *                 over the draws that gave numbers
     */
    public record Cheapest(String workload, List<String> stacks, List<Double> shares) {
        public Cheapest {
            stacks = List.copyOf(stacks);
            shares = List.copyOf(shares);
        }
    }
}
