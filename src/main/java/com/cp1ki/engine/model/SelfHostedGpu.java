package com.cp1ki.engine.model;

/**
 * A self-hosted GPU fleet. Rates in USD per instance-hour.
 *
 * <p>A reserved rate is given either explicitly (rate > 0) or as a discount off on-demand
 * (discount in [0, 1)); an explicit rate wins. A rate of 0 with a discount of 0 means "not offered".
 *
 * @param instanceType           e.g. "g5.xlarge"
 * @param gpusPerInstance        GPUs per instance (informational)
 * @param onDemandRate           USD/hour
 * @param reserved1yRate         USD/hour, or 0 to use the discount
 * @param reserved1yDiscount     fraction off on-demand for 1-year reserved
 * @param reserved3yRate         USD/hour, or 0 to use the discount
 * @param reserved3yDiscount     fraction off on-demand for 3-year reserved
 * @param spotRate               USD/hour (0 when not offered)
 * @param rate                   which rate the fleet (beyond any reserved instances) is billed at
 * @param outputTokensPerSecond  R_out, sustained output tokens/s per instance at target concurrency (0 = unset)
 * @param inputTokensPerSecond   R_in, prefill tokens/s per instance (0 = unset: the input term is dropped)
 * @param utilisationCeiling     u in (0, 1]
 * @param minInstances           N_min (>= 0)
 * @param reservedInstances      N_r billed at the reserved rate of {@code reservedTerm}, the rest at {@code rate}
 * @param reservedTerm           RESERVED_1Y or RESERVED_3Y: the term of the N_r instances
 * @param throughputSource       where the throughput came from (model, precision, engine, source), or null
 */
public record SelfHostedGpu(String instanceType, int gpusPerInstance, double onDemandRate,
                            double reserved1yRate, double reserved1yDiscount,
                            double reserved3yRate, double reserved3yDiscount, double spotRate,
                            RateKind rate, double outputTokensPerSecond, double inputTokensPerSecond,
                            double utilisationCeiling, int minInstances, int reservedInstances, RateKind reservedTerm,
                            String throughputSource) implements Serving {

    public SelfHostedGpu {
        Check.name("instance type", instanceType);
        Check.nonNegative("GPUs per instance", gpusPerInstance);
        Check.nonNegative("on-demand rate", onDemandRate);
        Check.nonNegative("reserved 1-year rate", reserved1yRate);
        Check.belowOne("reserved 1-year discount", reserved1yDiscount);
        Check.nonNegative("reserved 3-year rate", reserved3yRate);
        Check.belowOne("reserved 3-year discount", reserved3yDiscount);
        Check.nonNegative("spot rate", spotRate);
        Check.present("rate", rate);
        Check.nonNegative("output throughput", outputTokensPerSecond);
        Check.nonNegative("input throughput", inputTokensPerSecond);
        Check.positiveShare("utilisation ceiling", utilisationCeiling);
        Check.nonNegative("minimum instances", minInstances);
        Check.nonNegative("reserved instances", reservedInstances);
        Check.present("reserved term", reservedTerm);
        if (reservedTerm != RateKind.RESERVED_1Y && reservedTerm != RateKind.RESERVED_3Y) {
            throw new InvalidInputException("reserved term", "reserved term must be 1-year or 3-year reserved");
        }
        if (rateOf(rate, onDemandRate, reserved1yRate, reserved1yDiscount, reserved3yRate, reserved3yDiscount, spotRate) <= 0
                && !(rate == RateKind.ON_DEMAND && onDemandRate == 0)) {
            throw new InvalidInputException(rate.label() + " rate", "the chosen " + rate.label() + " rate is not set");
        }
    }

    /** Hourly rate of a kind, resolving a reserved discount against on-demand. */
    public double rateFor(RateKind kind) {
        return rateOf(kind, onDemandRate, reserved1yRate, reserved1yDiscount, reserved3yRate, reserved3yDiscount, spotRate);
    }

    /** The hourly rate the fleet beyond N_r is billed at. */
    public double chosenRate() {
        return rateFor(rate);
    }

    /** Whether throughput is set; when not, the fleet is N_min instances whatever the demand. */
    public boolean throughputSet() {
        return outputTokensPerSecond > 0;
    }

    private static double rateOf(RateKind kind, double od, double r1, double d1, double r3, double d3, double spot) {
        return switch (kind) {
            case ON_DEMAND -> od;
            case RESERVED_1Y -> r1 > 0 ? r1 : od * (1 - d1);
            case RESERVED_3Y -> r3 > 0 ? r3 : od * (1 - d3);
            case SPOT -> spot;
        };
    }
}
