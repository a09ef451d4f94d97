package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * How the project is projected month by month (format 3, optional; absent: no forecast set, which is
 * 24 months with nothing growing or falling). Rates are fractions, like every share in the file.
 *
 * @param months                 12 to 60
 * @param volumeGrowthPerMonth   0.05 = every workload's volume grows 5% a month
 * @param tokenGrowthPerMonth    0.01 = input and output tokens per inference grow 1% a month
 * @param apiPriceDeclinePerYear 0.9 = API token prices 10x cheaper a year; below 1
 * @param gpuRateDeclinePerYear  0.15 = GPU hourly rates 15% lower a year; below 1
 * @param stacks                 stacks with a decline or reservation of their own
 */
@JsonPropertyOrder({"months", "volumeGrowthPerMonth", "tokenGrowthPerMonth", "apiPriceDeclinePerYear",
        "gpuRateDeclinePerYear", "stacks"})
public record ForecastDto(Integer months, Double volumeGrowthPerMonth, Double tokenGrowthPerMonth,
                          Double apiPriceDeclinePerYear, Double gpuRateDeclinePerYear, List<StackForecastDto> stacks) {

    /**
     * One stack's own forecast inputs.
     *
     * @param stack               the stack's name (it must exist)
     * @param priceDeclinePerYear its decline a year, overriding the forecast's for its kind; absent: that one
     * @param reservedMonthsLeft  months its reservations still run, counting this month (1 to 36); absent:
     *                            they start this month
     */
    @JsonPropertyOrder({"stack", "priceDeclinePerYear", "reservedMonthsLeft"})
    public record StackForecastDto(String stack, Double priceDeclinePerYear, Integer reservedMonthsLeft) {
    }
}
