package com.cp1ki.engine.model;

/**
 * One AI feature: its volume, token profile, value and traffic shape.
 *
 * @param name               unique within the project, e.g. "document_summariser"
 * @param inferencesPerDay   volume, inferences/day (> 0, at most {@link Limits#MAX_VOLUME})
 * @param tokens             typed means or a distribution
 * @param valuePerInference  USD of business value per inference, or null when not set (no ROI)
 * @param peakToAverage      peak hourly load / mean hourly load (>= 1; default 1)
 */
public record Workload(String name, double inferencesPerDay, TokenProfile tokens, Double valuePerInference,
                       double peakToAverage) {

    public Workload {
        Check.name("workload name", name);
        Check.volume("inferences per day", inferencesPerDay);
        Check.present("token profile", tokens);
        if (valuePerInference != null) {
            Check.nonNegative("value per inference", valuePerInference);
        }
        Check.finite("peak-to-average", peakToAverage);
        if (peakToAverage < 1) {
            throw new InvalidInputException("peak-to-average", "peak-to-average must be >= 1, was " + peakToAverage);
        }
    }

    public Workload withVolume(double perDay) {
        return new Workload(name, perDay, tokens, valuePerInference, peakToAverage);
    }

    public Workload withTokens(TokenProfile t) {
        return new Workload(name, inferencesPerDay, t, valuePerInference, peakToAverage);
    }

    public Workload withName(String n) {
        return new Workload(n, inferencesPerDay, tokens, valuePerInference, peakToAverage);
    }
}
