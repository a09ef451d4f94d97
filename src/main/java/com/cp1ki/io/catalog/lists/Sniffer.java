package com.cp1ki.io.catalog.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.Set;

/** Tells the price list formats apart by the first bytes of a file. */
final class Sniffer {

    private static final Set<String> CATALOG_KEYS = Set.of("checkedAsOf", "about", "apiModels", "gpuInstances");
    private static final Set<String> LITELLM_KEYS = Set.of("litellm_provider", "input_cost_per_token",
            "output_cost_per_token", "mode", "max_tokens");

    private Sniffer() {
    }

    static ListFormat format(byte[] head, String name) throws PriceListException {
        try (JsonParser p = PriceLists.MAPPER.createParser(head)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.END_ARRAY) {
                    return ListFormat.GENAI_PRICES;
                }
                throw notAList(name, "a list of " + describe(t));
            }
            if (first != JsonToken.START_OBJECT) {
                throw notAList(name, first == null ? "no JSON value" : describe(first));
            }
            JsonToken t = p.nextToken();
            if (t != JsonToken.FIELD_NAME) {
                throw notAList(name, "an empty object");
            }
            String key = p.currentName();
            if (key.equals("data")) {
                return ListFormat.OPENROUTER;
            }
            if (CATALOG_KEYS.contains(key)) {
                return ListFormat.CATALOG;
            }
            if (key.equals("sample_spec")) {
                return ListFormat.LITELLM;
            }
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    if (LITELLM_KEYS.contains(p.currentName())) {
                        return ListFormat.LITELLM;
                    }
                    p.nextToken();
                    p.skipChildren();
                }
            }
            throw notAList(name, "an object whose first key \"" + shorten(key) + "\" is none of theirs");
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && PriceLists.isTruncation(j)) {
                throw notAList(name, "JSON whose first entry is larger than " + (PriceLists.SNIFF_BYTES >> 10) + " KB or cut short");
            }
            throw new PriceListException(name, null, name + " is not JSON, so not a price list: "
                    + firstLine(e.getMessage()) + ". " + FORMATS, e);
        }
    }

    static final String FORMATS = "A price list is LiteLLM's model_prices_and_context_window.json, genai-prices' data.json,"
            + " the JSON of OpenRouter's /api/v1/models or a CP1Ki catalog.";

    private static PriceListException notAList(String name, String found) {
        return new PriceListException(name, null, name + " is not a price list this program reads (found " + found + "). "
                + FORMATS);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "lists";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).replaceFirst(" *\\(code \\d+\\)", "");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
