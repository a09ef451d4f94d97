package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.ApiModelEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The state of reading one list: where to put priced and skipped entries, the entry limit, the
 * cancel check, and how to build an entry with the list's provenance.
 */
final class Reading {

    final String file;
    final ListFormat format;
    final LocalDate listDate;
    final Values values;
    final List<ApiModelEntry> entries = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    private final BooleanSupplier cancelled;
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private String current;

    Reading(String file, ListFormat format, LocalDate listDate, BooleanSupplier cancelled) {
        this.file = file;
        this.format = format;
        this.listDate = listDate;
        this.values = new Values(file);
        this.cancelled = cancelled;
    }

    /** Called once per entry: stops on cancel and past the entry limit. */
    void next(String entry) throws PriceListException {
        current = entry;
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("import of " + file + " cancelled");
        }
        if (entries.size() + skipped.size() >= PriceLists.MAX_ENTRIES) {
            throw new PriceListException(file, entry, file + " holds more than " + String.format("%,d", PriceLists.MAX_ENTRIES)
                    + " entries, the most a price list may hold (at entry \"" + entry + "\"). Nothing was imported.");
        }
    }

    /** The entry being read, for messages about a fault inside it (null before the first). */
    String current() {
        return current;
    }

    void skip(String entry, String reason) {
        skipped.add(new Skipped(entry, reason));
    }

    /** A priced entry. Absent cache prices bill as input (no discount, no premium), as the note says. */
    void add(Priced p) throws PriceListException {
        String id = format.shortName().toLowerCase(java.util.Locale.ROOT) + ":" + p.key();
        String window = (p.validFrom() == null ? "" : p.validFrom()) + "/" + (p.validTo() == null ? "" : p.validTo());
        if (!ids.add(id + "@" + window)) {
            skip(p.key(), "the list holds this entry twice; the first was taken");
            return;
        }
        List<String> notes = new ArrayList<>(p.notes());
        double cacheRead = p.cacheRead() == null ? p.input() : p.cacheRead();
        if (p.cacheRead() == null) {
            notes.add("no cached-input price in the list: cached input bills as input");
        }
        double cacheWrite = p.cacheWrite() == null ? p.input() : p.cacheWrite();
        String checked = p.checked() == null ? listDate.toString() : p.checked();
        notes.add(0, p.checked() == null ? "as of the list's date (the list gives no date of its own for this price)"
                : "prices checked " + p.checked() + " (the list's own date for this model)");
        try {
            entries.add(new ApiModelEntry(id, p.provider(), p.model(), p.input(), p.output(), cacheRead, cacheWrite,
                    p.batchDiscount(), p.longContext(), format.description() + " (" + file + ")"
                    + (p.url() == null ? "" : "; " + p.url()), checked, false, String.join("; ", notes),
                    p.feePerRequest(), p.validFrom(), p.validTo(), listDate.toString()));
        } catch (IllegalArgumentException e) {
            throw new PriceListException(file, p.key(), file + ", entry \"" + p.key() + "\": "
                    + e.getMessage().replaceFirst("^catalog entry [^:]*: ", "") + ". Nothing was imported.", e);
        }
    }

    /**
     * One entry as read, before defaults: prices in USD per million tokens; null cache prices are
     * absent from the list.
     */
    record Priced(String key, String provider, String model, double input, double output, Double cacheRead,
                  Double cacheWrite, double batchDiscount, ApiModelEntry.LongContext longContext, double feePerRequest,
                  String checked, String validFrom, String validTo, String url, List<String> notes) {
    }
}
