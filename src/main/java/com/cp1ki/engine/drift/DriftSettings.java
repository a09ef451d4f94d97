package com.cp1ki.engine.drift;

import java.util.Map;

/**
 * How a log meets a project: the drift rule, and names that differ between the two.
 *
 * @param rule      when a window has drifted
 * @param models    log model name -> stack name, for names the stacks' model fields do not match
 *                  (dated ids such as {@code gpt-4o-2024-08-06})
 * @param features  log feature (tag) -> workload name, where they differ
 */
public record DriftSettings(DriftRule rule, Map<String, String> models, Map<String, String> features) {

    public DriftSettings {
        if (rule == null) {
            throw new IllegalArgumentException("a drift rule is required");
        }
        models = Map.copyOf(models);
        features = Map.copyOf(features);
    }

    /** The rule and mappings of a project's drift setup. */
    public static DriftSettings of(com.cp1ki.engine.model.DriftSetup s) {
        return new DriftSettings(DriftRule.of(s), s.models(), s.features());
    }

    public static DriftSettings of(DriftRule rule) {
        return new DriftSettings(rule, Map.of(), Map.of());
    }
}
