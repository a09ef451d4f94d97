package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A self-hosted GPU fleet. Rates in USD per instance-hour, throughput in tokens/s per instance. */
@JsonPropertyOrder({"instanceType", "gpusPerInstance", "onDemandUsdPerHour", "reserved1yUsdPerHour",
        "reserved1yDiscount", "reserved3yUsdPerHour", "reserved3yDiscount", "spotUsdPerHour", "rate",
        "outputTokensPerSecond", "inputTokensPerSecond", "utilisationCeiling", "minInstances", "reservedInstances",
        "reservedTerm", "throughputSource"})
public record SelfHostedGpuDto(String instanceType, Integer gpusPerInstance, Double onDemandUsdPerHour,
                               Double reserved1yUsdPerHour, Double reserved1yDiscount,
                               Double reserved3yUsdPerHour, Double reserved3yDiscount, Double spotUsdPerHour,
                               String rate, Double outputTokensPerSecond, Double inputTokensPerSecond,
                               Double utilisationCeiling, Integer minInstances, Integer reservedInstances,
                               String reservedTerm, String throughputSource) implements ServingDto {
    public static final String KIND = "selfHostedGpu";
}
