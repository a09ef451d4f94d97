package com.cp1ki.io.catalog;

import com.cp1ki.engine.drift.PriceBook;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Prices of a historical day from a catalog with dated entries ({@code validFrom}/{@code validTo}),
 * for drift: on each day an API stack is priced at the catalog entry for its provider and model
 * in force that day ({@link Catalog#priceOn}), keeping the stack's own usage terms (cache and
 * batch shares, platform fee, fee per request); a stack the catalog does not know, or a day no
 * entry covers, keeps the stack's own prices.
 */
public final class DatedPrices {
    private DatedPrices() {
    }

    public static PriceBook of(Catalog catalog) {
        return (Stack stack, LocalDate day) -> {
            ManagedApi a = (ManagedApi) stack.serving();
            Optional<ApiModelEntry> e = catalog.priceOn(a.provider(), a.model(), day);
            return e.map(x -> on(a, x)).orElse(a);
        };
    }

    /** The stack's terms at the entry's prices. */
    static ManagedApi on(ManagedApi a, ApiModelEntry e) {
        ApiModelEntry.LongContext lc = e.longContext();
        LongContextTier tier = lc == null ? null : new LongContextTier(lc.thresholdInputTokens(), lc.inputPricePerMTok(),
                lc.outputPricePerMTok(), lc.cacheReadPricePerMTok(), lc.cacheWritePricePerMTok());
        return new ManagedApi(a.provider(), a.model(), e.inputPricePerMTok(), e.outputPricePerMTok(),
                e.cacheReadPricePerMTok(), e.cacheWritePricePerMTok(), a.cacheReadShare(), a.cacheWriteShare(),
                a.batchShare(), e.batchDiscount(), tier, a.platformFeePct(), a.feePerRequest(),
                e.validFrom() != null ? e.validFrom() : e.checked(), "catalog " + e.id() + ": " + e.source());
    }
}
