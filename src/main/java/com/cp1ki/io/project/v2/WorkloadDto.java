package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One workload (AI feature).
 *
 * @param routing the stacks that serve it in production and their shares (format 2; absent or
 *                empty: not in the portfolio)
 */
@JsonPropertyOrder({"name", "inferencesPerDay", "valuePerInferenceUsd", "peakToAverage", "routing", "tokens"})
public record WorkloadDto(String name, Double inferencesPerDay, Double valuePerInferenceUsd, Double peakToAverage,
                          List<RouteDto> routing, TokensDto tokens) {
}
