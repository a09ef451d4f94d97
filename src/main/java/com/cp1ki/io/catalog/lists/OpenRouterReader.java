package com.cp1ki.io.catalog.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of OpenRouter's GET /api/v1/models: {@code {"data": [model, ...]}}, each model's
 * {@code pricing} in USD per token as decimal strings ({@code prompt}, {@code completion},
 * {@code input_cache_read}, {@code input_cache_write}) and USD per request ({@code request}). A
 * price of "-1" marks a router or alias whose price is decided per request: listed, not priced.
 * Models whose output is not text (images, audio) are listed as not priceable per token.
 */
final class OpenRouterReader {

    private OpenRouterReader() {
    }

    static void read(JsonParser p, Reading r) throws IOException, PriceListException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new PriceListException(r.file, null, r.file + " is not an OpenRouter models list: it does not start with '{'");
        }
        boolean data = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (!field.equals("data") || t != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            data = true;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                model(p.readValueAsTree(), r);
            }
        }
        if (!data) {
            throw new PriceListException(r.file, null, r.file + " has no \"data\" list of models, so it is not OpenRouter's /api/v1/models JSON");
        }
    }

    private static void model(JsonNode m, Reading r) throws PriceListException {
        String id = m.path("id").asText("");
        r.next(id);
        if (id.isBlank()) {
            r.skip("(no id)", "a model without an id");
            return;
        }
        JsonNode pricing = m.get("pricing");
        if (pricing == null || !pricing.isObject()) {
            r.skip(id, "no pricing");
            return;
        }
        if (Values.isDynamic(pricing, "prompt") || Values.isDynamic(pricing, "completion")) {
            r.skip(id, "price decided per request (OpenRouter's -1: a router or an alias)");
            return;
        }
        JsonNode outputs = m.path("architecture").path("output_modalities");
        if (outputs.isArray() && !outputs.isEmpty() && !contains(outputs, "text")) {
            r.skip(id, "output is " + join(outputs) + ", not text: priced per image or audio");
            return;
        }
        Values v = r.values;
        Double in = v.price(pricing, "prompt", id, 6);
        Double out = v.price(pricing, "completion", id, 6);
        if (in == null || out == null) {
            r.skip(id, "no per-token " + (in == null ? "prompt" : "completion") + " price");
            return;
        }
        Double fee = v.price(pricing, "request", id, 0);
        List<String> notes = new ArrayList<>();
        notes.add("OpenRouter model " + id + (m.hasNonNull("name") ? " (" + m.get("name").asText() + ")" : ""));
        notes.add("no batch price in the list");
        Double reasoning = v.price(pricing, "internal_reasoning", id, 6);
        if (reasoning != null && reasoning > 0 && !reasoning.equals(out)) {
            notes.add("reasoning tokens bill at " + reasoning + " per million, not the output price");
        }
        r.add(new Reading.Priced(id, "OpenRouter", id, in, out, v.price(pricing, "input_cache_read", id, 6),
                v.price(pricing, "input_cache_write", id, 6), 0, null, fee == null ? 0 : fee, null, null, null,
                "https://openrouter.ai/api/v1/models", notes));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String join(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(n -> s.add(n.asText()));
        return String.join(" and ", s);
    }
}
