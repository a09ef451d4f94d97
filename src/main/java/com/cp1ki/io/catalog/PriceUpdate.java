package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Serving;
import com.cp1ki.engine.model.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies chosen {@link PriceDifference}s to a project: each stack's chosen prices are set to the
 * catalog's in one new project (the engine's records check every value, so an invalid result
 * throws and nothing changes). When all of a stack's differences are applied, its as-of date and
 * source become the catalog entry's.
 */
public final class PriceUpdate {

    private PriceUpdate() {
    }

    /**
     * @param all    every difference the check found (to tell whether a stack is fully updated)
     * @param chosen the differences to apply
     * @throws com.cp1ki.engine.model.InvalidInputException when a resulting price is invalid
     */
    public static Project apply(Project p, List<PriceDifference> all, List<PriceDifference> chosen) {
        Map<String, List<PriceDifference>> byStack = chosen.stream()
                .collect(Collectors.groupingBy(PriceDifference::stack, java.util.LinkedHashMap::new, Collectors.toList()));
        List<Stack> stacks = new ArrayList<>();
        for (Stack s : p.stacks()) {
            List<PriceDifference> rows = byStack.get(s.name());
            if (rows == null) {
                stacks.add(s);
                continue;
            }
            boolean whole = all.stream().filter(d -> d.stack().equals(s.name())).allMatch(rows::contains);
            stacks.add(s.withServing(apply(s.serving(), rows, whole)));
        }
        return p.withStacks(stacks);
    }

    private static Serving apply(Serving serving, List<PriceDifference> rows, boolean whole) {
        if (serving instanceof ManagedApi m) {
            double[] v = {m.inputPrice(), m.outputPrice(), m.cacheReadPrice(), m.cacheWritePrice(), m.batchDiscount(),
                    m.feePerRequest()};
            LongContextTier t = m.longContext();
            double[] lc = t == null ? new double[5] : new double[]{t.thresholdTokens(), t.inputPrice(), t.outputPrice(),
                    t.cacheReadPrice(), t.cacheWritePrice()};
            boolean tier = t != null;
            List<String> api = List.of("input price", "output price", "cache read price", "cache write price",
                    "batch discount", "fee per request");
            List<String> longContext = List.of("long-context threshold", "long-context input price",
                    "long-context output price", "long-context cache read price", "long-context cache write price");
            for (PriceDifference d : rows) {
                int k = api.indexOf(d.field());
                int j = longContext.indexOf(d.field());
                if (k >= 0) {
                    v[k] = d.catalog();
                } else if (j >= 0) {
                    lc[j] = d.catalog();
                    tier = true;
                }
            }
            LongContextTier newTier = tier ? new LongContextTier((long) lc[0], lc[1], lc[2], lc[3], lc[4]) : null;
            PriceDifference first = rows.get(0);
            return new ManagedApi(m.provider(), m.model(), v[0], v[1], v[2], v[3], m.cacheReadShare(), m.cacheWriteShare(),
                    m.batchShare(), v[4], newTier, m.platformFeePct(), v[5], whole ? first.catalogDate() : m.pricesAsOf(),
                    whole ? "catalog " + first.entryId() + ": " + first.source() : m.priceSource());
        }
        SelfHostedGpu g = (SelfHostedGpu) serving;
        double od = g.onDemandRate();
        double r1 = g.reserved1yRate();
        double r3 = g.reserved3yRate();
        double spot = g.spotRate();
        for (PriceDifference d : rows) {
            switch (d.field()) {
                case "on-demand rate" -> od = d.catalog();
                case "reserved 1-year rate" -> r1 = d.catalog();
                case "reserved 3-year rate" -> r3 = d.catalog();
                case "spot rate" -> spot = d.catalog();
                default -> throw new IllegalArgumentException("not a GPU rate: " + d.field());
            }
        }
        String source = g.throughputSource();
        if (whole) {
            PriceDifference first = rows.get(0);
            String rates = "rates: catalog " + first.entryId() + ": " + first.source() + " (checked " + first.catalogDate() + ")";
            int at = source == null ? -1 : source.indexOf("rates: ");
            int from = at >= 0 && source.startsWith("ILLUSTRATIVE ", Math.max(0, at - 13)) ? at - 13 : at;
            source = source == null ? rates : at >= 0 ? source.substring(0, from) + rates : source + ". " + rates;
        }
        return new SelfHostedGpu(g.instanceType(), g.gpusPerInstance(), od, r1, g.reserved1yDiscount(), r3,
                g.reserved3yDiscount(), spot, g.rate(), g.outputTokensPerSecond(), g.inputTokensPerSecond(),
                g.utilisationCeiling(), g.minInstances(), g.reservedInstances(), g.reservedTerm(), source);
    }
}
