package com.cp1ki.io.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A price catalog (docs/catalog.md): API models and GPU instances, every price with its source and
 * the date it was checked, optionally with the days it is valid (validFrom/validTo). The bundled
 * one ships in the jar; a user catalog of imported price lists lives in the user's configuration
 * folder ({@link UserCatalog}). The engine never reads a catalog: a person picks an entry,
 * {@code toServing()} fills a stack's fields, and the project keeps those numbers. A catalog update
 * therefore never changes a saved result.
 *
 * <p>Several entries may share an id when their validity windows do not overlap: the history of
 * one price. {@link #apiModel(String, LocalDate)} picks the one of a given day.
 *
 * @param checkedAsOf  the date the catalog as a whole was last reviewed
 * @param about        how the sources were read
 */
public record Catalog(String checkedAsOf, String about, List<ApiModelEntry> apiModels,
                      List<GpuInstanceEntry> gpuInstances) {

    static final String RESOURCE = "/com/cp1ki/io/catalog/catalog.json";

    public Catalog {
        apiModels = apiModels == null ? List.of() : List.copyOf(apiModels);
        gpuInstances = gpuInstances == null ? List.of() : List.copyOf(gpuInstances);
        CatalogChecks.date("catalog", "checkedAsOf", checkedAsOf);
        noOverlap(apiModels, ApiModelEntry::id, ApiModelEntry::validFrom, ApiModelEntry::validTo);
        noOverlap(gpuInstances, GpuInstanceEntry::id, GpuInstanceEntry::validFrom, GpuInstanceEntry::validTo);
    }

    /** The catalog shipped in the jar. */
    public static Catalog bundled() {
        return Holder.BUNDLED;
    }

    /** An empty catalog dated {@code day}. */
    public static Catalog empty(LocalDate day) {
        return new Catalog(day.toString(), "", List.of(), List.of());
    }

    /** The entry with this id that is in force: open-ended, else the latest window. */
    public Optional<ApiModelEntry> apiModel(String id) {
        return apiModels.stream().filter(e -> e.id().equals(id)).max(newest(ApiModelEntry::validTo));
    }

    /** The entry with this id whose validity window holds {@code day}. */
    public Optional<ApiModelEntry> apiModel(String id, LocalDate day) {
        return apiModels.stream().filter(e -> e.id().equals(id) && e.validOn(day)).findFirst();
    }

    public Optional<GpuInstanceEntry> gpuInstance(String id) {
        return gpuInstances.stream().filter(e -> e.id().equals(id)).max(newest(GpuInstanceEntry::validTo));
    }

    public Optional<GpuInstanceEntry> gpuInstance(String id, LocalDate day) {
        return gpuInstances.stream().filter(e -> e.id().equals(id) && e.validOn(day)).findFirst();
    }

    /** The API models in force on {@code day}. */
    public List<ApiModelEntry> apiModelsOn(LocalDate day) {
        return apiModels.stream().filter(e -> e.validOn(day)).toList();
    }

    /** The GPU instances in force on {@code day}. */
    public List<GpuInstanceEntry> gpuInstancesOn(LocalDate day) {
        return gpuInstances.stream().filter(e -> e.validOn(day)).toList();
    }

    /**
     * The price of a managed API model on {@code day}, found by provider and model name as a
     * person types them ("OpenAI", "GPT-4o"): see {@link ModelNames}. Used to price a historical
     * log day at the price of that day.
     */
    public Optional<ApiModelEntry> priceOn(String provider, String model, LocalDate day) {
        return ModelNames.best(apiModelsOn(day), provider, model, null);
    }

    /** This catalog followed by {@code other}'s entries (the user catalog beside the bundled one). */
    public Catalog plus(Catalog other) {
        List<ApiModelEntry> api = new ArrayList<>(apiModels);
        api.addAll(other.apiModels);
        List<GpuInstanceEntry> gpu = new ArrayList<>(gpuInstances);
        gpu.addAll(other.gpuInstances);
        String date = checkedAsOf.compareTo(other.checkedAsOf) >= 0 ? checkedAsOf : other.checkedAsOf;
        return new Catalog(date, about, api, gpu);
    }

    static Catalog parse(InputStream in) throws IOException {
        return CatalogJson.read(in);
    }

    /**
     * Reads a catalog in this program's format (strict: unknown fields and invalid entries are
     * refused, the message naming the entry).
     */
    public static Catalog read(InputStream in) throws IOException {
        return CatalogJson.read(in);
    }

    private static <T> Comparator<T> newest(Function<T, String> validTo) {
        return Comparator.comparing(e -> validTo.apply(e) == null ? "9999-12-31" : validTo.apply(e));
    }

    private static <T> void noOverlap(List<T> entries, Function<T, String> id, Function<T, String> from,
                                      Function<T, String> to) {
        java.util.Map<String, List<T>> byId = new java.util.HashMap<>();
        for (T e : entries) {
            List<T> same = byId.computeIfAbsent(id.apply(e), k -> new ArrayList<>());
            for (T b : same) {
                if (overlap(from.apply(e), to.apply(e), from.apply(b), to.apply(b))) {
                    throw new IllegalArgumentException("catalog entry " + id.apply(e) + " appears twice for the same days;"
                            + " entries sharing an id need validFrom/validTo that do not overlap");
                }
            }
            same.add(e);
        }
    }

    private static boolean overlap(String fromA, String toA, String fromB, String toB) {
        String lo = "0000-01-01";
        String hi = "9999-12-31";
        return (fromA == null ? lo : fromA).compareTo(toB == null ? hi : toB) <= 0
                && (fromB == null ? lo : fromB).compareTo(toA == null ? hi : toA) <= 0;
    }

    /** Loaded once, on first use (an immutable value, not mutable state). */
    private static final class Holder {
        static final Catalog BUNDLED = load();

        private static Catalog load() {
            try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled price catalog " + RESOURCE + " is missing from the jar");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled price catalog cannot be read", e);
            }
        }
    }
}
