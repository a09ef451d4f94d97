package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A subscription plan. Money in the project's display currency.
 *
 * @param includedInferencesPerUserMonth null or absent: unlimited (no overage)
 * @param powerUserInferencesPerMonth    null or absent: the usage p99
 */
@JsonPropertyOrder({"name", "pricePerUserMonth", "includedInferencesPerUserMonth", "overagePer1000Inferences",
        "workloads", "stack", "usage", "powerUserInferencesPerMonth"})
public record PlanDto(String name, Double pricePerUserMonth, Double includedInferencesPerUserMonth,
                      Double overagePer1000Inferences, List<String> workloads, String stack, UsageDto usage,
                      Double powerUserInferencesPerMonth) {
}
