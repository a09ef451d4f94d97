package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Project settings: display currency with its dated FX rate, month length, crossover volume range. */
@JsonPropertyOrder({"currency", "fxRateDisplayPerUsd", "fxDate", "fxSource", "hoursPerMonth", "daysPerMonth",
        "volumeMinInferencesPerDay", "volumeMaxInferencesPerDay"})
public record SettingsDto(String currency, Double fxRateDisplayPerUsd, String fxDate, String fxSource,
                          Double hoursPerMonth, Double daysPerMonth,
                          Double volumeMinInferencesPerDay, Double volumeMaxInferencesPerDay) {
}
