package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.tokens.ImportProgress;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads a price list from a file the user has (no network): LiteLLM's
 * model_prices_and_context_window.json, genai-prices' data.json, OpenRouter's /api/v1/models JSON
 * or a CP1Ki catalog, told apart by their first bytes. Parser limits guard against hostile files:
 * at most {@link #MAX_BYTES} bytes and {@link #MAX_ENTRIES} entries, nesting {@link #MAX_NESTING_DEPTH}
 * deep, text values of {@link #MAX_STRING_LENGTH} characters. Every problem is a
 * {@link PriceListException} naming the file and the entry; reading is all or nothing.
 */
public final class PriceLists {

    /** Largest price list read (LiteLLM's whole list is under 2 MB). */
    public static final long MAX_BYTES = 64L << 20;
    public static final int MAX_ENTRIES = 100_000;
    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_STRING_LENGTH = 1 << 20;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int SNIFF_BYTES = 64 * 1024;

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(10_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    /** How to read: the list's date (null: the file's modification day), progress, cancel. */
    public record Options(LocalDate listDate, ImportProgress progress, BooleanSupplier cancelled) {
        public static final Options DEFAULT = new Options(null, ImportProgress.NONE, () -> false);
    }

    private PriceLists() {
    }

    public static PriceList read(Path file) throws PriceListException {
        return read(file, Options.DEFAULT);
    }

    /**
     * Reads {@code file} whole or not at all.
     *
     * @throws PriceListException naming the file (and entry) when it is missing, too large, not one of the formats,
     *                            truncated, or holds a negative, NaN or non-numeric price
     * @throws java.util.concurrent.CancellationException when {@code o.cancelled()} turned true
     */
    public static PriceList read(Path file, Options o) throws PriceListException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        LocalDate date;
        try {
            if (Files.isDirectory(file)) {
                throw new PriceListException(name, null, name + " is a folder, not a price list");
            }
            size = Files.size(file);
            date = o.listDate() != null ? o.listDate()
                    : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (NoSuchFileException e) {
            throw new PriceListException(name, null, name + " does not exist", e);
        } catch (IOException e) {
            throw new PriceListException(name, null, name + " cannot be read: " + e.getMessage(), e);
        }
        if (size > MAX_BYTES) {
            throw new PriceListException(name, null, String.format("%s is %,d MB; a price list may be at most %d MB "
                    + "(LiteLLM's whole list is under 2 MB). Nothing was imported.", name, size >> 20, MAX_BYTES >> 20));
        }
        if (size == 0) {
            throw new PriceListException(name, null, name + " is empty, so it is not a price list");
        }
        try (InputStream raw = Files.newInputStream(file);
             CountingInput counted = new CountingInput(raw, size, o.progress());
             BufferedInputStream in = new BufferedInputStream(counted, SNIFF_BYTES * 2)) {
            PriceList list = read(in, name, date, o.cancelled());
            counted.done();
            return list;
        } catch (CountingInput.TooLarge e) {
            throw new PriceListException(name, null, name + " grew past " + (MAX_BYTES >> 20)
                    + " MB while it was read, the most a price list may be. Nothing was imported.", e);
        } catch (AccessDeniedException e) {
            throw new PriceListException(name, null, name + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new PriceListException(name, null, name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a list from a stream that supports mark/reset; {@code name} names it in messages. */
    static PriceList read(BufferedInputStream in, String name, LocalDate date, BooleanSupplier cancelled)
            throws PriceListException, IOException {
        in.mark(SNIFF_BYTES + 1);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        ListFormat format = Sniffer.format(head, name);
        if (format == ListFormat.CATALOG) {
            return catalog(in, name, date);
        }
        Reading r = new Reading(name, format, date, cancelled);
        try (JsonParser p = MAPPER.createParser(in)) {
            switch (format) {
                case LITELLM -> LiteLlmReader.read(p, r);
                case GENAI_PRICES -> GenAiPricesReader.read(p, r);
                case OPENROUTER -> OpenRouterReader.read(p, r);
                default -> throw new IllegalStateException(format.name());
            }
            if (p.nextToken() != null) {
                throw new PriceListException(name, null, name + " has more content after the end of the list (line "
                        + p.currentLocation().getLineNr() + "). Nothing was imported.");
            }
        } catch (JsonProcessingException e) {
            throw ParseErrors.of(e, name, r.current());
        }
        return new PriceList(format, name, date, r.entries, List.of(), r.skipped);
    }

    private static PriceList catalog(InputStream in, String name, LocalDate date) throws PriceListException, IOException {
        try {
            Catalog c = Catalog.read(in);
            return new PriceList(ListFormat.CATALOG, name, date, c.apiModels(), c.gpuInstances(), List.of());
        } catch (JsonProcessingException e) {
            throw ParseErrors.of(e, name, null);
        }
    }

    static boolean isTruncation(JsonProcessingException e) {
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    static boolean isLimit(JsonProcessingException e) {
        return e instanceof StreamConstraintsException;
    }
}
