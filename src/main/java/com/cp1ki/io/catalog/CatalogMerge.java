package com.cp1ki.io.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an imported list joins a user catalog. Entries of the list replace the catalog's entries
 * with the same id. When a list without dates of its own (LiteLLM, OpenRouter) brings a different
 * price for an entry the catalog has from an older list, the old price is kept as history: it is
 * valid until the day before the new list's date, and the new price from that date. So importing
 * the same list month after month builds each model's price history, and a day in the past is
 * priced at the price of its day.
 */
final class CatalogMerge {

    private CatalogMerge() {
    }

    static Catalog merge(Catalog current, List<ApiModelEntry> imported, List<GpuInstanceEntry> gpus, LocalDate listDate) {
        Map<String, List<ApiModelEntry>> byId = new LinkedHashMap<>();
        for (ApiModelEntry e : imported) {
            byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
        }
        List<ApiModelEntry> out = new ArrayList<>();
        Map<String, List<ApiModelEntry>> oldById = new LinkedHashMap<>();
        for (ApiModelEntry old : current.apiModels()) {
            if (byId.containsKey(old.id())) {
                oldById.computeIfAbsent(old.id(), k -> new ArrayList<>()).add(old);
            } else {
                out.add(old);
            }
        }
        for (Map.Entry<String, List<ApiModelEntry>> e : byId.entrySet()) {
            List<ApiModelEntry> fresh = e.getValue();
            List<ApiModelEntry> olds = oldById.getOrDefault(e.getKey(), List.of());
            if (fresh.size() == 1 && undated(fresh.get(0)) && !olds.isEmpty()) {
                out.addAll(history(olds, fresh.get(0), listDate));
            } else {
                out.addAll(fresh);
            }
        }
        List<String> gpuIds = gpus.stream().map(GpuInstanceEntry::id).toList();
        List<GpuInstanceEntry> g = new ArrayList<>(current.gpuInstances().stream().filter(x -> !gpuIds.contains(x.id())).toList());
        g.addAll(gpus);
        String date = current.checkedAsOf().compareTo(listDate.toString()) >= 0 ? current.checkedAsOf() : listDate.toString();
        return new Catalog(date, current.about(), out, g);
    }

    /**
     * The entries of one id after an undated list brought {@code fresh}: the closed history kept,
     * the price in force closed the day before {@code listDate} when the new price differs and
     * comes from a later list, and the new price from then on.
     */
    private static List<ApiModelEntry> history(List<ApiModelEntry> olds, ApiModelEntry fresh, LocalDate listDate) {
        String day = listDate.toString();
        String closing = listDate.minusDays(1).toString();
        List<ApiModelEntry> out = new ArrayList<>();
        String from = null;
        for (ApiModelEntry old : olds) {
            if (old.validTo() != null && old.validTo().compareTo(day) < 0) {
                out.add(old);
                String next = LocalDate.parse(old.validTo()).plusDays(1).toString();
                from = from == null || next.compareTo(from) > 0 ? next : from;
            } else if (old.validTo() == null) {
                boolean older = old.listDate() != null && old.listDate().compareTo(day) < 0;
                boolean startsBefore = old.validFrom() == null || old.validFrom().compareTo(closing) <= 0;
                if (samePrices(old, fresh)) {
                    from = old.validFrom();
                } else if (older && startsBefore) {
                    out.add(withWindow(old, old.validFrom(), closing));
                    from = day;
                }
            }
        }
        out.add(withWindow(fresh, from, null));
        return out;
    }

    private static boolean undated(ApiModelEntry e) {
        return e.validFrom() == null && e.validTo() == null;
    }

    static boolean samePrices(ApiModelEntry a, ApiModelEntry b) {
        return a.inputPricePerMTok() == b.inputPricePerMTok() && a.outputPricePerMTok() == b.outputPricePerMTok()
                && a.cacheReadPricePerMTok() == b.cacheReadPricePerMTok()
                && a.cacheWritePricePerMTok() == b.cacheWritePricePerMTok() && a.batchDiscount() == b.batchDiscount()
                && a.feePerRequest().equals(b.feePerRequest()) && Objects.equals(a.longContext(), b.longContext());
    }

    static ApiModelEntry withWindow(ApiModelEntry e, String from, String to) {
        return new ApiModelEntry(e.id(), e.provider(), e.model(), e.inputPricePerMTok(), e.outputPricePerMTok(),
                e.cacheReadPricePerMTok(), e.cacheWritePricePerMTok(), e.batchDiscount(), e.longContext(), e.source(),
                e.checked(), e.illustrative(), e.note(), e.feePerRequest(), from, to, e.listDate());
    }
}
