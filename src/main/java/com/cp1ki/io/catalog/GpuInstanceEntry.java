package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;

import java.util.List;

/**
 * One GPU instance type in the price catalog. Rates in USD per instance-hour; a null rate is not
 * in the catalog (unknown or not offered).
 *
 * @param id                   stable key, e.g. "aws-g5.xlarge"
 * @param provider             e.g. "AWS"
 * @param instanceType         e.g. "g5.xlarge"
 * @param region               the region the rates are for
 * @param gpus                 GPUs per instance
 * @param gpuModel             e.g. "NVIDIA A10G"
 * @param gpuMemoryGb          memory per GPU, GB
 * @param onDemandUsdPerHour   on-demand rate
 * @param reserved1yUsdPerHour 1-year reserved effective hourly rate, or null
 * @param reserved3yUsdPerHour 3-year reserved effective hourly rate, or null
 * @param spotUsdPerHour       typical spot rate, or null
 * @param rateSource           where the rates come from
 * @param rateChecked          ISO date the rate source was read
 * @param ratesIllustrative    true when the rates lack a solid source
 * @param rateNote             caveats
 * @param throughput           serving throughput figures, each with its own source
 * @param validFrom            first day the rates apply (ISO date), or null: since ever
 * @param validTo              last day the rates apply (ISO date), or null: still in force
 */
public record GpuInstanceEntry(String id, String provider, String instanceType, String region, int gpus,
                               String gpuModel, double gpuMemoryGb, double onDemandUsdPerHour,
                               Double reserved1yUsdPerHour, Double reserved3yUsdPerHour, Double spotUsdPerHour,
                               String rateSource, String rateChecked, boolean ratesIllustrative, String rateNote,
                               List<Throughput> throughput, String validFrom, String validTo) {

    /** Utilisation ceiling a serving from the catalog starts with (the user tunes it to the latency target). */
    public static final double DEFAULT_UTILISATION_CEILING = 0.8;

    /**
     * Sustained serving throughput of one instance for one model.
     *
     * @param model                 e.g. "Llama 3.1 8B Instruct"
     * @param precision             e.g. "BF16", "AWQ 4-bit"
     * @param engine                serving engine and version, e.g. "vLLM 0.23.0"
     * @param outputTokensPerSecond sustained output tokens/s per instance at the stated concurrency
     * @param inputTokensPerSecond  prefill tokens/s per instance, or 0 when the output figure already includes prefill
     * @param conditions            concurrency and request shape of the figure
     * @param source                URL or document
     * @param checked               ISO date the source was read
     * @param illustrative          true when not a measurement of this instance
     * @param note                  how the figure was obtained or derived
     * @param gpus                  GPUs the figure was measured on (or derived for); 0 when the source does not say
     * @param inputTokens           input tokens per request of the measurement (0: not stated)
     * @param outputTokens          output tokens per request of the measurement (0: not stated)
     * @param scenario              how load was applied: {@link #OFFLINE}, {@link #LATENCY_BOUNDED} or {@link #FIXED_CONCURRENCY}
     */
    public record Throughput(String model, String precision, String engine, double outputTokensPerSecond,
                             double inputTokensPerSecond, String conditions, String source, String checked,
                             boolean illustrative, String note, Integer gpus, Integer inputTokens, Integer outputTokens,
                             String scenario) {

        /** All requests queued at once, throughput maximised with no latency bound (MLPerf "Offline"). */
        public static final String OFFLINE = "offline";
        /** Throughput at the highest load that still meets a latency target (MLPerf "Server"). */
        public static final String LATENCY_BOUNDED = "latency-bounded";
        /** Throughput at a stated number of concurrent requests, no latency target. */
        public static final String FIXED_CONCURRENCY = "fixed concurrency";

        /** A figure without structured conditions (they are in {@code conditions}). */
        public Throughput(String model, String precision, String engine, double outputTokensPerSecond,
                          double inputTokensPerSecond, String conditions, String source, String checked,
                          boolean illustrative, String note) {
            this(model, precision, engine, outputTokensPerSecond, inputTokensPerSecond, conditions, source, checked,
                    illustrative, note, null, null, null, null);
        }

        public Throughput {
            gpus = gpus == null ? Integer.valueOf(0) : gpus;
            inputTokens = inputTokens == null ? Integer.valueOf(0) : inputTokens;
            outputTokens = outputTokens == null ? Integer.valueOf(0) : outputTokens;
            if (gpus < 0 || inputTokens < 0 || outputTokens < 0) {
                throw new IllegalArgumentException("catalog throughput " + model + ": GPUs and token lengths must be >= 0");
            }
            if (scenario != null && !List.of(OFFLINE, LATENCY_BOUNDED, FIXED_CONCURRENCY).contains(scenario)) {
                throw new IllegalArgumentException("catalog throughput " + model + ": scenario must be one of "
                        + OFFLINE + ", " + LATENCY_BOUNDED + ", " + FIXED_CONCURRENCY + "; was " + scenario);
            }
            CatalogChecks.text(model, "throughput model", model);
            CatalogChecks.text(model, "throughput precision", precision);
            CatalogChecks.text(model, "throughput engine", engine);
            CatalogChecks.price(model, "outputTokensPerSecond", outputTokensPerSecond);
            CatalogChecks.price(model, "inputTokensPerSecond", inputTokensPerSecond);
            CatalogChecks.text(model, "throughput source", source);
            CatalogChecks.date(model, "throughput checked", checked);
        }

        /** The text a project keeps in throughputSource: model, precision, engine, conditions, source, date. */
        public String describe() {
            return (illustrative ? "ILLUSTRATIVE: " : "") + model + ", " + precision + ", " + engine + "; "
                    + measured() + conditions + "; " + source + " (checked " + checked + ")";
        }

        /** The structured conditions as text ("8 GPUs, offline, 1,024 in / 128 out tokens; "), or "" when unset. */
        public String measured() {
            StringBuilder b = new StringBuilder();
            if (gpus > 0) {
                b.append(gpus).append(gpus == 1 ? " GPU" : " GPUs");
            }
            if (scenario != null) {
                b.append(b.isEmpty() ? "" : ", ").append(scenario);
            }
            if (inputTokens > 0 || outputTokens > 0) {
                b.append(b.isEmpty() ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%,d in / %,d out tokens",
                        inputTokens, outputTokens));
            }
            return b.isEmpty() ? "" : b + "; ";
        }
    }

    public GpuInstanceEntry {
        CatalogChecks.text(id, "id", id);
        CatalogChecks.text(id, "provider", provider);
        CatalogChecks.text(id, "instanceType", instanceType);
        CatalogChecks.text(id, "region", region);
        if (gpus <= 0) {
            throw new IllegalArgumentException("catalog entry " + id + ": gpus must be > 0, was " + gpus);
        }
        CatalogChecks.text(id, "gpuModel", gpuModel);
        CatalogChecks.price(id, "gpuMemoryGb", gpuMemoryGb);
        CatalogChecks.price(id, "onDemandUsdPerHour", onDemandUsdPerHour);
        CatalogChecks.optionalPrice(id, "reserved1yUsdPerHour", reserved1yUsdPerHour);
        CatalogChecks.optionalPrice(id, "reserved3yUsdPerHour", reserved3yUsdPerHour);
        CatalogChecks.optionalPrice(id, "spotUsdPerHour", spotUsdPerHour);
        CatalogChecks.text(id, "rateSource", rateSource);
        CatalogChecks.date(id, "rateChecked", rateChecked);
        throughput = throughput == null ? List.of() : List.copyOf(throughput);
        CatalogChecks.window(id, validFrom, validTo);
    }

    /** An entry whose rates are always valid. */
    public GpuInstanceEntry(String id, String provider, String instanceType, String region, int gpus,
                            String gpuModel, double gpuMemoryGb, double onDemandUsdPerHour,
                            Double reserved1yUsdPerHour, Double reserved3yUsdPerHour, Double spotUsdPerHour,
                            String rateSource, String rateChecked, boolean ratesIllustrative, String rateNote,
                            List<Throughput> throughput) {
        this(id, provider, instanceType, region, gpus, gpuModel, gpuMemoryGb, onDemandUsdPerHour, reserved1yUsdPerHour,
                reserved3yUsdPerHour, spotUsdPerHour, rateSource, rateChecked, ratesIllustrative, rateNote, throughput,
                null, null);
    }

    /** Whether the rates apply on {@code day} (validFrom and validTo included). */
    public boolean validOn(java.time.LocalDate day) {
        return CatalogChecks.within(day, validFrom, validTo);
    }

    /** The serving at on-demand rates with the first throughput figure (or none). */
    public SelfHostedGpu toServing() {
        return toServing(RateKind.ON_DEMAND, throughput.isEmpty() ? null : throughput.get(0));
    }

    /**
     * A self-hosted serving filled from this entry: its rates (absent ones as 0, "not set"), the
     * chosen rate kind, the throughput figure given (null: throughput unset), a utilisation ceiling
     * of {@link #DEFAULT_UTILISATION_CEILING} and one minimum instance.
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when the chosen rate is not in the catalog
     */
    public SelfHostedGpu toServing(RateKind rate, Throughput t) {
        String rates = (ratesIllustrative ? "ILLUSTRATIVE rates: " : "rates: ") + rateSource + " (checked " + rateChecked + ")";
        return new SelfHostedGpu(instanceType, gpus, onDemandUsdPerHour, orZero(reserved1yUsdPerHour), 0,
                orZero(reserved3yUsdPerHour), 0, orZero(spotUsdPerHour), rate,
                t == null ? 0 : t.outputTokensPerSecond(), t == null ? 0 : t.inputTokensPerSecond(),
                DEFAULT_UTILISATION_CEILING, 1, 0, RateKind.RESERVED_1Y,
                (t == null ? "throughput not set" : t.describe()) + ". " + rates);
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
