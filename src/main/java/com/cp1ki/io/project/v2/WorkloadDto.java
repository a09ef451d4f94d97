package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One workload (AI feature). */
@JsonPropertyOrder({"name", "inferencesPerDay", "valuePerInferenceUsd", "peakToAverage", "tokens"})
public record WorkloadDto(String name, Double inferencesPerDay, Double valuePerInferenceUsd, Double peakToAverage,
                          TokensDto tokens) {
}
