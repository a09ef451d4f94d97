package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LiteLLM's model_prices_and_context_window.json: one object per model key, prices in USD per
 * token ({@code input_cost_per_token}, {@code output_cost_per_token}, {@code cache_read_input_token_cost},
 * {@code cache_creation_input_token_cost}, {@code *_batches}, {@code *_above_200k_tokens}). The
 * {@code sample_spec} entry documents the format and is skipped; entries of the image, audio,
 * video and other non-token modes are listed as not priceable. Unknown fields are ignored.
 */
final class LiteLlmReader {

    private static final Set<String> NOT_PER_TOKEN = Set.of("image_generation", "image_edit", "audio_transcription",
            "audio_speech", "video_generation", "moderation", "rerank", "search", "ocr", "vector_store");
    private static final Pattern ABOVE = Pattern.compile("input_cost_per_token_above_(\\d+)k_tokens");

    private LiteLlmReader() {
    }

    static void read(JsonParser p, Reading r) throws IOException, PriceListException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new PriceListException(r.file, null, r.file + " is not a LiteLLM price list: it does not start with '{'");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            r.next(key);
            JsonToken t = p.nextToken();
            if (key.equals("sample_spec")) {
                p.skipChildren();
                continue;
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                r.skip(key, "not a model entry (an object was expected)");
                continue;
            }
            JsonNode e = p.readValueAsTree();
            entry(key, e, r);
        }
    }

    private static void entry(String key, JsonNode e, Reading r) throws PriceListException {
        String provider = e.path("litellm_provider").asText("");
        String mode = e.path("mode").asText("");
        if (NOT_PER_TOKEN.contains(mode)) {
            r.skip(key, "mode " + mode + ": not priced per text token");
            return;
        }
        Values v = r.values;
        Double in = v.price(e, "input_cost_per_token", key, 6);
        Double out = v.price(e, "output_cost_per_token", key, 6);
        if (in == null || out == null) {
            r.skip(key, "no per-token " + (in == null ? "input" : "output") + " price"
                    + (mode.isEmpty() ? "" : " (mode " + mode + ")"));
            return;
        }
        if (provider.isBlank()) {
            r.skip(key, "no litellm_provider: the seller is unknown");
            return;
        }
        List<String> notes = new ArrayList<>();
        notes.add("LiteLLM key " + key + (mode.isEmpty() ? "" : ", mode " + mode));
        Double cacheRead = v.price(e, "cache_read_input_token_cost", key, 6);
        Double cacheWrite = v.price(e, "cache_creation_input_token_cost", key, 6);
        double batch = batchDiscount(e, key, in, v, notes);
        ApiModelEntry.LongContext tier = tier(e, key, in, out, cacheRead, cacheWrite, v, notes);
        String model = key.substring(key.lastIndexOf('/') + 1);
        JsonNode url = e.get("source");
        r.add(new Reading.Priced(key, provider, model, in, out, cacheRead, cacheWrite, batch, tier, 0, null, null, null,
                url != null && url.isTextual() ? url.asText() : null, notes));
    }

    private static double batchDiscount(JsonNode e, String key, double in, Values v, List<String> notes)
            throws PriceListException {
        Double bin = v.price(e, "input_cost_per_token_batches", key, 6);
        if (bin == null || in <= 0) {
            notes.add("no batch price in the list");
            return 0;
        }
        double d = 1 - bin / in;
        if (d < 0 || d > 1) {
            notes.add("batch price above the standard price: batch discount left at 0");
            return 0;
        }
        return Math.round(d * 1e6) / 1e6;
    }

    private static ApiModelEntry.LongContext tier(JsonNode e, String key, double in, double out, Double cacheRead,
                                                  Double cacheWrite, Values v, List<String> notes)
            throws PriceListException {
        Set<Integer> thresholds = new TreeSet<>();
        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
            Matcher m = ABOVE.matcher(it.next());
            if (m.matches() && m.group(1).length() < 7) {
                thresholds.add(Integer.parseInt(m.group(1)));
            }
        }
        if (thresholds.isEmpty()) {
            return null;
        }
        int k = thresholds.iterator().next();
        if (thresholds.size() > 1) {
            notes.add("tiers above " + thresholds + "k tokens: only the first (" + k + "k) is used");
        }
        String s = "_above_" + k + "k_tokens";
        double tin = v.price(e, "input_cost_per_token" + s, key, 6);
        Double tout = v.price(e, "output_cost_per_token" + s, key, 6);
        Double tcr = v.price(e, "cache_read_input_token_cost" + s, key, 6);
        Double tcw = v.price(e, "cache_creation_input_token_cost" + s, key, 6);
        return new ApiModelEntry.LongContext(k * 1000L, tin, tout == null ? out : tout,
                tcr != null ? tcr : cacheRead == null ? tin : cacheRead,
                tcw != null ? tcw : cacheWrite == null ? tin : cacheWrite);
    }
}
