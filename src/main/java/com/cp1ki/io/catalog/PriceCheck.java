package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check prices: compares every stack's prices with the catalog's prices in force on a day, for
 * the stacks whose model (provider and name, see {@link ModelNames}) or instance type is in the
 * catalog. A stack filled from the catalog is matched with the entry it names. Nothing is computed
 * by the engine here: the project's stored prices are compared with the catalog's. An imported
 * entry's batch discount of 0 means the list says nothing of batches, so it is not compared.
 */
public final class PriceCheck {

    static final String API = "USD/1M tokens";
    static final String HOUR = "USD/hour";
    private static final Pattern CATALOG_ID = Pattern.compile("catalog (\\S+):");

    private PriceCheck() {
    }

    /** What a check found: the differing prices and the stacks the catalog has no entry for. */
    public record Result(List<PriceDifference> differences, List<String> unmatched, int matched) {
        public Result {
            differences = List.copyOf(differences);
            unmatched = List.copyOf(unmatched);
        }
    }

    public static Result check(Project p, Catalog c, LocalDate day) {
        List<PriceDifference> out = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int matched = 0;
        for (Stack s : p.stacks()) {
            boolean found;
            if (s.serving() instanceof ManagedApi m) {
                Optional<ApiModelEntry> e = apiEntry(m, c, day);
                e.ifPresent(x -> api(s.name(), m, x, out));
                found = e.isPresent();
            } else if (s.serving() instanceof SelfHostedGpu g) {
                Optional<GpuInstanceEntry> e = gpuEntry(g, c, day);
                e.ifPresent(x -> gpu(s.name(), g, x, out));
                found = e.isPresent();
            } else {
                found = false;
            }
            if (found) {
                matched++;
            } else {
                unmatched.add(s.name());
            }
        }
        return new Result(out, unmatched, matched);
    }

    static Optional<ApiModelEntry> apiEntry(ManagedApi m, Catalog c, LocalDate day) {
        String preferred = null;
        if (m.priceSource() != null) {
            Matcher x = CATALOG_ID.matcher(m.priceSource());
            preferred = x.find() ? x.group(1) : null;
        }
        return ModelNames.best(c.apiModelsOn(day), m.provider(), m.model(), preferred);
    }

    static Optional<GpuInstanceEntry> gpuEntry(SelfHostedGpu g, Catalog c, LocalDate day) {
        return c.gpuInstancesOn(day).stream()
                .filter(e -> e.instanceType().toLowerCase(Locale.ROOT).equals(g.instanceType().trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static void api(String stack, ManagedApi m, ApiModelEntry e, List<PriceDifference> out) {
        add(out, stack, "input price", API, m.inputPrice(), e.inputPricePerMTok(), e);
        add(out, stack, "output price", API, m.outputPrice(), e.outputPricePerMTok(), e);
        add(out, stack, "cache read price", API, m.cacheReadPrice(), e.cacheReadPricePerMTok(), e);
        add(out, stack, "cache write price", API, m.cacheWritePrice(), e.cacheWritePricePerMTok(), e);
        if (e.listDate() == null || e.batchDiscount() > 0) {
            add(out, stack, "batch discount", "share", m.batchDiscount(), e.batchDiscount(), e);
        }
        add(out, stack, "fee per request", "USD/request", m.feePerRequest(), e.feePerRequest(), e);
        ApiModelEntry.LongContext t = e.longContext();
        if (t != null) {
            LongContextTier mt = m.longContext();
            add(out, stack, "long-context threshold", "input tokens", mt == null ? 0 : mt.thresholdTokens(),
                    t.thresholdInputTokens(), e);
            add(out, stack, "long-context input price", API, mt == null ? 0 : mt.inputPrice(), t.inputPricePerMTok(), e);
            add(out, stack, "long-context output price", API, mt == null ? 0 : mt.outputPrice(), t.outputPricePerMTok(), e);
            add(out, stack, "long-context cache read price", API, mt == null ? 0 : mt.cacheReadPrice(),
                    t.cacheReadPricePerMTok(), e);
            add(out, stack, "long-context cache write price", API, mt == null ? 0 : mt.cacheWritePrice(),
                    t.cacheWritePricePerMTok(), e);
        }
    }

    private static void gpu(String stack, SelfHostedGpu g, GpuInstanceEntry e, List<PriceDifference> out) {
        add(out, stack, "on-demand rate", HOUR, g.onDemandRate(), e.onDemandUsdPerHour(), e);
        if (e.reserved1yUsdPerHour() != null) {
            add(out, stack, "reserved 1-year rate", HOUR, g.rateFor(RateKind.RESERVED_1Y), e.reserved1yUsdPerHour(), e);
        }
        if (e.reserved3yUsdPerHour() != null) {
            add(out, stack, "reserved 3-year rate", HOUR, g.rateFor(RateKind.RESERVED_3Y), e.reserved3yUsdPerHour(), e);
        }
        if (e.spotUsdPerHour() != null) {
            add(out, stack, "spot rate", HOUR, g.spotRate(), e.spotUsdPerHour(), e);
        }
    }

    private static void add(List<PriceDifference> out, String stack, String field, String unit, double project,
                            double catalog, ApiModelEntry e) {
        if (!same(project, catalog)) {
            out.add(new PriceDifference(stack, field, unit, project, catalog, e.id(), e.checked(), e.source()));
        }
    }

    private static void add(List<PriceDifference> out, String stack, String field, String unit, double project,
                            double catalog, GpuInstanceEntry e) {
        if (!same(project, catalog)) {
            out.add(new PriceDifference(stack, field, unit, project, catalog, e.id(), e.rateChecked(), e.rateSource()));
        }
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
