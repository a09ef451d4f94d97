package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Inferences per user per month; the {@code kind} property selects the variant. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = UsageDto.Lognormal.class, name = UsageDto.Lognormal.KIND),
        @JsonSubTypes.Type(value = UsageDto.Counts.class, name = UsageDto.Counts.KIND)
})
public sealed interface UsageDto permits UsageDto.Lognormal, UsageDto.Counts {

    /** Lognormal through a median and a p95 of inferences per user per month. */
    @JsonPropertyOrder({"medianInferencesPerUserMonth", "p95InferencesPerUserMonth"})
    record Lognormal(Double medianInferencesPerUserMonth, Double p95InferencesPerUserMonth) implements UsageDto {
        public static final String KIND = "lognormal";
    }

    /** Imported per-user counts: element k of each array is one row. */
    @JsonPropertyOrder({"inferencesPerUserMonth", "users"})
    record Counts(double[] inferencesPerUserMonth, double[] users) implements UsageDto {
        public static final String KIND = "userCounts";
    }
}
