package com.cp1ki.io.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The bundled price catalog (docs/catalog.md): API models and GPU instances, every price with its
 * source and the date it was checked. The engine never reads the catalog: a person picks an entry,
 * {@code toServing()} fills a stack's fields, and the project keeps those numbers. A catalog update
 * therefore never changes a saved result.
 *
 * @param checkedAsOf  the date the catalog as a whole was last reviewed
 * @param about        how the sources were read
 */
public record Catalog(String checkedAsOf, String about, List<ApiModelEntry> apiModels,
                      List<GpuInstanceEntry> gpuInstances) {

    static final String RESOURCE = "/com/cp1ki/io/catalog/catalog.json";

    public Catalog {
        apiModels = List.copyOf(apiModels);
        gpuInstances = List.copyOf(gpuInstances);
    }

    /** The catalog shipped in the jar. */
    public static Catalog bundled() {
        return Holder.BUNDLED;
    }

    public Optional<ApiModelEntry> apiModel(String id) {
        return apiModels.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<GpuInstanceEntry> gpuInstance(String id) {
        return gpuInstances.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    static Catalog parse(InputStream in) throws IOException {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build()
                .readValue(in, Catalog.class);
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
