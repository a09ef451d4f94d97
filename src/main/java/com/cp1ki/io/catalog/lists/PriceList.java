package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.GpuInstanceEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a price list file held: the entries priced per token (each with its source, the list's
 * date and its own as-of date where the format has one) and the entries that could not be priced,
 * each with its reason. Entries the format does not price at all (images, audio, per-second) are
 * listed in {@code skipped}, never guessed.
 *
 * @param format    the list's format
 * @param file      the file as named to the user
 * @param listDate  the date of the list (the file's modification day unless given)
 * @param apiModels the priced entries
 * @param gpuInstances GPU instances (only a CP1Ki catalog holds them)
 * @param skipped   entries not taken, with reasons
 */
public record PriceList(ListFormat format, String file, LocalDate listDate, List<ApiModelEntry> apiModels,
                        List<GpuInstanceEntry> gpuInstances, List<Skipped> skipped) {

    public PriceList {
        apiModels = List.copyOf(apiModels);
        gpuInstances = List.copyOf(gpuInstances);
        skipped = List.copyOf(skipped);
    }

    /** The list as a catalog, e.g. to check a project's prices against it. */
    public Catalog toCatalog() {
        return new Catalog(listDate.toString(), format.description() + " " + file, apiModels, gpuInstances);
    }

    /** One line for people: "LiteLLM list prices.json of 2026-11-30: 1,204 models priced, 312 not priceable". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s list %s of %s: %,d %s priced, %,d not priceable per token",
                format.shortName(), file, listDate, apiModels.size() + gpuInstances.size(),
                apiModels.size() + gpuInstances.size() == 1 ? "entry" : "entries", skipped.size());
    }
}
