package com.cp1ki.engine.levers;

import com.cp1ki.engine.report.Breakdown;

import java.util.List;

/**
 * The stack with the first k of its levers on: the uses the engine priced and what they add up to.
 * USD; per-inference amounts are per inference of the workload.
 *
 * @param lever              the lever this stage adds (null for the stack without levers)
 * @param uses               this stack's own use first, then the cascade's first stack, then the compressor
 * @param keep               share of input tokens the models read (1 - compression ratio)
 * @param miss               share of requests that miss the cache (1 - h_s)
 * @param lookup             cache lookup per inference
 * @param fee                compressor fee per request that reaches it (the misses)
 * @param overheads          fixed + ops of every stack the stage uses, each once, a month
 * @param monthly            the stage's monthly cost by component
 * @param monthlyInferences  the workload's inferences a month
 */
public record Stage(String lever, List<Priced> uses, double keep, double miss, double lookup, double fee,
                    double overheads, Breakdown monthly, double monthlyInferences) {

    public Stage {
        uses = List.copyOf(uses);
    }

    /** This stack's own use. */
    public Priced own() {
        return uses.get(0);
    }

    /** The use in a role, or null. */
    public Priced use(Role role) {
        for (Priced p : uses) {
            if (p.use().role() == role) {
                return p;
            }
        }
        return null;
    }

    /** Lookups and compressor fees a month: (lookup + miss x fee) x monthly inferences. */
    public double flatMonthly() {
        return (lookup + miss * fee) * monthlyInferences;
    }

    public double total() {
        return monthly.total();
    }

    public double perInference() {
        return total() / monthlyInferences;
    }
}
