package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Serving;
import com.cp1ki.engine.model.Sharing;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.project.Where;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static com.cp1ki.io.project.v2.Values.or;
import static com.cp1ki.io.project.v2.Values.required;
import static java.util.Map.entry;

/** Maps stacks between format-2 DTOs and engine records, in both directions. */
final class StackMapperV2 {

    /** Engine field names (as in InvalidInputException.field()) to JSON property paths below a stack. */
    static final Map<String, String> MANAGED_FIELDS = Map.ofEntries(
            entry("input price", "serving.inputPricePerMTok"),
            entry("output price", "serving.outputPricePerMTok"),
            entry("cache read price", "serving.cacheReadPricePerMTok"),
            entry("cache write price", "serving.cacheWritePricePerMTok"),
            entry("cache read share", "serving.cacheReadShare"),
            entry("cache write share", "serving.cacheWriteShare"),
            entry("batch share", "serving.batchShare"),
            entry("batch discount", "serving.batchDiscount"),
            entry("platform fee", "serving.platformFeeFraction"),
            entry("fee per request", "serving.feePerRequestUsd"),
            entry("prices-as-of date", "serving.pricesAsOf"),
            entry("long-context threshold", "serving.longContext.thresholdInputTokens"),
            entry("long-context input price", "serving.longContext.inputPricePerMTok"),
            entry("long-context output price", "serving.longContext.outputPricePerMTok"),
            entry("long-context cache read price", "serving.longContext.cacheReadPricePerMTok"),
            entry("long-context cache write price", "serving.longContext.cacheWritePricePerMTok"));

    static final Map<String, String> GPU_FIELDS = Map.ofEntries(
            entry("instance type", "serving.instanceType"),
            entry("GPUs per instance", "serving.gpusPerInstance"),
            entry("on-demand rate", "serving.onDemandUsdPerHour"),
            entry("reserved 1-year rate", "serving.reserved1yUsdPerHour"),
            entry("reserved 1-year discount", "serving.reserved1yDiscount"),
            entry("reserved 3-year rate", "serving.reserved3yUsdPerHour"),
            entry("reserved 3-year discount", "serving.reserved3yDiscount"),
            entry("spot rate", "serving.spotUsdPerHour"),
            entry("rate", "serving.rate"),
            entry("output throughput", "serving.outputTokensPerSecond"),
            entry("input throughput", "serving.inputTokensPerSecond"),
            entry("utilisation ceiling", "serving.utilisationCeiling"),
            entry("minimum instances", "serving.minInstances"),
            entry("reserved instances", "serving.reservedInstances"),
            entry("reserved term", "serving.reservedTerm"));

    static final Map<String, String> COMMON_FIELDS = Map.ofEntries(
            entry("storage", "common.storageUsdPerMonth"),
            entry("data transfer", "common.transferUsdPerMonth"),
            entry("monitoring", "common.monitoringUsdPerMonth"),
            entry("other fixed cost", "common.otherFixedUsdPerMonth"),
            entry("engineer hours", "common.engineerHoursPerMonth"),
            entry("engineer hourly rate", "common.engineerUsdPerHour"),
            entry("on-call cost", "common.onCallUsdPerMonth"),
            entry("one-off cost", "common.oneOffCostUsd"),
            entry("amortisation months", "common.amortisationMonths"),
            entry("retrieval queries per inference", "common.retrievalQueriesPerInference"),
            entry("cost per retrieval query", "common.usdPerRetrievalQuery"),
            entry("guardrail evaluations per inference", "common.guardrailEvalsPerInference"),
            entry("cost per guardrail evaluation", "common.usdPerGuardrailEval"),
            entry("processing cost per 1,000 inferences", "common.processingUsdPer1000Inferences"),
            entry("failure rate", "common.failureRate"),
            entry("stack name", "name"),
            entry("serving", "serving"),
            entry("common costs", "common"));

    static final Map<String, String> SHARING_FIELDS = Map.of(
            "fleet allocation key", "sharing.fleetKey",
            "overhead allocation key", "sharing.overheadKey",
            "peak coincidence factor", "sharing.coincidenceFactor");

    private static final String KEY_WORDS = Arrays.stream(AllocationKey.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private static final String RATE_WORDS = Arrays.stream(RateKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private StackMapperV2() {
    }

    static Stack fromDto(StackDto d, Where w) {
        Where at = w.named(d.name());
        String name = required(at, "name", d.name());
        ServingDto sd = required(at, "serving", d.serving());
        Serving serving = sd instanceof ManagedApiDto m ? managed(m, at) : gpu((SelfHostedGpuDto) sd, at);
        CommonCosts common = d.common() == null ? CommonCosts.NONE : common(d.common(), at);
        Sharing sharing = sharing(d.sharing(), serving, at);
        Levers levers = LeversMapperV2.fromDto(d.levers(), at);
        try {
            return new Stack(name, d.enabled() == null || d.enabled(), serving, common, sharing, levers);
        } catch (InvalidInputException e) {
            throw at.invalid(e, e.field().contains("key") || e.field().contains("coincidence") ? SHARING_FIELDS
                    : LeversMapperV2.FIELDS.containsKey(e.field()) ? LeversMapperV2.FIELDS : COMMON_FIELDS);
        }
    }

    /** The stated keys over the kind's defaults; a key that does not fit the kind is refused by Stack. */
    private static Sharing sharing(SharingDto d, Serving serving, Where at) {
        Sharing dflt = Sharing.defaultFor(serving);
        if (d == null) {
            return dflt;
        }
        Where s = at.field("sharing");
        AllocationKey fleet = d.fleetKey() == null ? dflt.fleetKey() : key(d.fleetKey(), s, "fleetKey");
        AllocationKey overhead = d.overheadKey() == null ? dflt.overheadKey() : key(d.overheadKey(), s, "overheadKey");
        try {
            return new Sharing(fleet, overhead, or(d.coincidenceFactor(), 1.0));
        } catch (InvalidInputException e) {
            throw at.invalid(e, SHARING_FIELDS);
        }
    }

    private static AllocationKey key(String word, Where s, String field) {
        for (AllocationKey k : AllocationKey.values()) {
            if (k.name().equals(word)) {
                return k;
            }
        }
        throw s.notOneOf(field, word, KEY_WORDS);
    }

    private static ManagedApi managed(ManagedApiDto d, Where at) {
        Where s = at.field("serving");
        double in = required(s, "inputPricePerMTok", d.inputPricePerMTok());
        double out = required(s, "outputPricePerMTok", d.outputPricePerMTok());
        try {
            LongContextTier tier = d.longContext() == null ? null : tier(d.longContext(), s.field("longContext"));
            return new ManagedApi(required(s, "provider", d.provider()), required(s, "model", d.model()), in, out,
                    or(d.cacheReadPricePerMTok(), in), or(d.cacheWritePricePerMTok(), in),
                    or(d.cacheReadShare(), 0), or(d.cacheWriteShare(), 0), or(d.batchShare(), 0),
                    or(d.batchDiscount(), 0.5), tier, or(d.platformFeeFraction(), 0), or(d.feePerRequestUsd(), 0),
                    d.pricesAsOf(), d.priceSource());
        } catch (InvalidInputException e) {
            throw at.invalid(e, MANAGED_FIELDS);
        }
    }

    private static LongContextTier tier(ManagedApiDto.LongContextDto t, Where w) {
        double in = required(w, "inputPricePerMTok", t.inputPricePerMTok());
        return new LongContextTier(required(w, "thresholdInputTokens", t.thresholdInputTokens()), in,
                required(w, "outputPricePerMTok", t.outputPricePerMTok()),
                or(t.cacheReadPricePerMTok(), in), or(t.cacheWritePricePerMTok(), in));
    }

    private static SelfHostedGpu gpu(SelfHostedGpuDto d, Where at) {
        Where s = at.field("serving");
        RateKind rate = d.rate() == null ? RateKind.ON_DEMAND : rateKind(d.rate(), s, "rate");
        RateKind term = d.reservedTerm() == null ? RateKind.RESERVED_1Y : rateKind(d.reservedTerm(), s, "reservedTerm");
        try {
            return new SelfHostedGpu(required(s, "instanceType", d.instanceType()), or(d.gpusPerInstance(), 1),
                    required(s, "onDemandUsdPerHour", d.onDemandUsdPerHour()),
                    or(d.reserved1yUsdPerHour(), 0), or(d.reserved1yDiscount(), 0),
                    or(d.reserved3yUsdPerHour(), 0), or(d.reserved3yDiscount(), 0), or(d.spotUsdPerHour(), 0),
                    rate, or(d.outputTokensPerSecond(), 0), or(d.inputTokensPerSecond(), 0),
                    or(d.utilisationCeiling(), 1.0), or(d.minInstances(), 1), or(d.reservedInstances(), 0), term,
                    d.throughputSource());
        } catch (InvalidInputException e) {
            throw at.invalid(e, GPU_FIELDS);
        }
    }

    private static RateKind rateKind(String word, Where s, String field) {
        for (RateKind k : RateKind.values()) {
            if (k.name().equals(word)) {
                return k;
            }
        }
        throw s.notOneOf(field, word, RATE_WORDS);
    }

    private static CommonCosts common(CommonCostsDto d, Where at) {
        try {
            return new CommonCosts(or(d.storageUsdPerMonth(), 0), or(d.transferUsdPerMonth(), 0),
                    or(d.monitoringUsdPerMonth(), 0), or(d.otherFixedUsdPerMonth(), 0),
                    or(d.engineerHoursPerMonth(), 0), or(d.engineerUsdPerHour(), 0), or(d.onCallUsdPerMonth(), 0),
                    or(d.oneOffCostUsd(), 0), or(d.amortisationMonths(), 12),
                    or(d.retrievalQueriesPerInference(), 0), or(d.usdPerRetrievalQuery(), 0),
                    or(d.guardrailEvalsPerInference(), 0), or(d.usdPerGuardrailEval(), 0),
                    or(d.processingUsdPer1000Inferences(), 0), or(d.failureRate(), 0));
        } catch (InvalidInputException e) {
            throw at.invalid(e, COMMON_FIELDS);
        }
    }

    static StackDto toDto(Stack s) {
        ServingDto serving = s.serving() instanceof ManagedApi m ? toDto(m) : toDto((SelfHostedGpu) s.serving());
        CommonCosts c = s.common();
        return new StackDto(s.name(), s.enabled(), serving, new CommonCostsDto(c.storagePerMonth(),
                c.transferPerMonth(), c.monitoringPerMonth(), c.otherFixedPerMonth(), c.engineerHoursPerMonth(),
                c.engineerHourlyRate(), c.onCallPerMonth(), c.oneOffCost(), c.amortisationMonths(),
                c.retrievalQueriesPerInference(), c.costPerRetrievalQuery(), c.guardrailEvalsPerInference(),
                c.costPerGuardrailEval(), c.processingPer1000(), c.failureRate()), toDto(s.sharing()),
                LeversMapperV2.toDto(s.levers()));
    }

    private static SharingDto toDto(Sharing s) {
        return new SharingDto(s.fleetKey() == null ? null : s.fleetKey().name(), s.overheadKey().name(),
                s.coincidence());
    }

    private static ManagedApiDto toDto(ManagedApi m) {
        LongContextTier t = m.longContext();
        ManagedApiDto.LongContextDto tier = t == null ? null : new ManagedApiDto.LongContextDto(t.thresholdTokens(),
                t.inputPrice(), t.outputPrice(), t.cacheReadPrice(), t.cacheWritePrice());
        return new ManagedApiDto(m.provider(), m.model(), m.inputPrice(), m.outputPrice(), m.cacheReadPrice(),
                m.cacheWritePrice(), m.cacheReadShare(), m.cacheWriteShare(), m.batchShare(), m.batchDiscount(),
                tier, m.platformFeePct(), m.feePerRequest(), m.pricesAsOf(), m.priceSource());
    }

    private static SelfHostedGpuDto toDto(SelfHostedGpu g) {
        return new SelfHostedGpuDto(g.instanceType(), g.gpusPerInstance(), g.onDemandRate(), g.reserved1yRate(),
                g.reserved1yDiscount(), g.reserved3yRate(), g.reserved3yDiscount(), g.spotRate(), g.rate().name(),
                g.outputTokensPerSecond(), g.inputTokensPerSecond(), g.utilisationCeiling(), g.minInstances(),
                g.reservedInstances(), g.reservedTerm().name(), g.throughputSource());
    }
}
