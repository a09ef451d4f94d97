package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * pydantic's genai-prices data.json: an array of providers, each with {@code models}; prices in
 * USD per million tokens ({@code input_mtok}, {@code output_mtok}, {@code cache_read_mtok},
 * {@code cache_write_mtok}, {@code requests_kcount}), a price either a number or
 * {@code {base, tiers: [{start, price}]}} (the whole request at the tier's price above
 * {@code start} input tokens), and {@code prices} either one set or a list of conditional sets,
 * those with a {@code start_date} becoming validFrom/validTo windows. {@code prices_checked} (kept
 * on models in the provider YAML the file is built from) is the entry's own as-of date.
 */
final class GenAiPricesReader {

    private GenAiPricesReader() {
    }

    static void read(JsonParser p, Reading r) throws IOException, PriceListException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new PriceListException(r.file, null, r.file + " is not a genai-prices list: it does not start with '['");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String name = null;
            String url = null;
            List<JsonNode> early = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("models") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode m = p.readValueAsTree();
                        if (id == null) {
                            early.add(m);
                        } else {
                            model(id, name, url, m, r);
                        }
                    }
                } else if (t.isScalarValue()) {
                    switch (field) {
                        case "id" -> id = p.getText();
                        case "name" -> name = p.getText();
                        default -> { }
                    }
                } else if (field.equals("pricing_urls") && t == JsonToken.START_ARRAY) {
                    JsonNode urls = p.readValueAsTree();
                    url = urls.size() > 0 ? urls.get(0).asText() : null;
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) {
                throw new PriceListException(r.file, null, r.file + ": a provider has no id, so this is not a genai-prices data.json");
            }
            for (JsonNode m : early) {
                model(id, name, url, m, r);
            }
        }
    }

    private static void model(String providerId, String providerName, String url, JsonNode m, Reading r)
            throws PriceListException {
        String key = providerId + "/" + m.path("id").asText("?");
        r.next(key);
        JsonNode prices = m.get("prices");
        if (prices == null || !(prices.isObject() || prices.isArray())) {
            r.skip(key, "no prices");
            return;
        }
        String checked = date(m, "prices_checked", key, r);
        String display = m.path("name").asText(m.path("id").asText("?"));
        List<String> notes = new ArrayList<>();
        notes.add("genai-prices model " + key);
        if (m.path("deprecated").asBoolean(false)) {
            notes.add("deprecated in the list");
        }
        List<JsonNode[]> windows = new ArrayList<>();
        if (prices.isObject()) {
            windows.add(new JsonNode[]{null, prices});
        } else {
            for (JsonNode c : prices) {
                JsonNode constraint = c.get("constraint");
                if (constraint != null && constraint.has("start_time")) {
                    notes.add("a time-of-day price (" + constraint.path("start_time").asText() + " to "
                            + constraint.path("end_time").asText() + ") is not imported");
                    continue;
                }
                windows.add(new JsonNode[]{constraint == null ? null : constraint.get("start_date"), c.path("prices")});
            }
            windows.sort(Comparator.comparing(w -> w[0] == null ? "" : w[0].asText()));
        }
        for (int k = 0; k < windows.size(); k++) {
            String from = windows.get(k)[0] == null ? null : date(windows.get(k)[0], key, r);
            String to = k + 1 < windows.size() && windows.get(k + 1)[0] != null
                    ? LocalDate.parse(date(windows.get(k + 1)[0], key, r)).minusDays(1).toString() : null;
            if (from != null && to != null && to.compareTo(from) < 0) {
                continue;
            }
            price(key, providerName == null ? providerId : providerName, display, windows.get(k)[1], checked, from, to,
                    url, notes, r);
        }
    }

    private static void price(String key, String provider, String model, JsonNode pr, String checked, String from,
                              String to, String url, List<String> notes, Reading r) throws PriceListException {
        Values v = r.values;
        Tiered in = tiered(pr, "input_mtok", key, v);
        Tiered out = tiered(pr, "output_mtok", key, v);
        List<String> n = new ArrayList<>(notes);
        if (in == null && out == null && pr.size() > 0) {
            List<String> units = new ArrayList<>();
            pr.fieldNames().forEachRemaining(units::add);
            r.skip(key + (from == null ? "" : "@" + from), "no per-token text price (priced in "
                    + String.join(", ", units) + " only)");
            return;
        }
        if (pr.size() == 0) {
            n.add("free: the list gives no price for it");
        } else if (in == null || out == null) {
            n.add("the list gives no " + (in == null ? "input" : "output") + " price: not charged, as genai-prices reads it");
        }
        in = in == null ? new Tiered(0, null, false, null, v, key, "input_mtok") : in;
        out = out == null ? new Tiered(0, null, false, null, v, key, "output_mtok") : out;
        Tiered cr = tiered(pr, "cache_read_mtok", key, v);
        Tiered cw = tiered(pr, "cache_write_mtok", key, v);
        Double requests = v.price(pr, "requests_kcount", key, 0);
        n.add("no batch price in the list");
        ApiModelEntry.LongContext tier = null;
        if (in.start != null) {
            long start = in.start;
            if (in.more) {
                n.add("more than one tier: only the first (above " + start + " input tokens) is used");
            }
            double tin = in.at(start);
            tier = new ApiModelEntry.LongContext(start, tin, out.at(start), cr == null ? tin : cr.at(start),
                    cw == null ? tin : cw.at(start));
        }
        r.add(new Reading.Priced(key, provider, model, in.base, out.base, cr == null ? null : cr.base,
                cw == null ? null : cw.base, 0, tier, requests == null ? 0 : requests / 1000, checked, from, to, url, n));
    }

    /** A price that may have tiers: the base and, when tiered, the first tier's start. */
    private record Tiered(double base, Long start, boolean more, JsonNode tiers, Values values, String key, String field) {
        double at(long start) throws PriceListException {
            if (tiers == null) {
                return base;
            }
            double p = base;
            for (JsonNode t : tiers) {
                if (t.path("start").asLong(Long.MAX_VALUE) <= start) {
                    p = values.price(t, "price", key, 0);
                }
            }
            return p;
        }
    }

    private static Tiered tiered(JsonNode pr, String field, String key, Values v) throws PriceListException {
        JsonNode f = pr.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        if (!f.isObject()) {
            return new Tiered(v.price(pr, field, key, 0), null, false, null, v, key, field);
        }
        Double base = v.price(f, "base", key, 0);
        if (base == null) {
            throw new PriceListException(v.file(), key, v.file() + ", entry \"" + key + "\": " + field + " has tiers but no base price");
        }
        JsonNode tiers = f.get("tiers");
        if (tiers == null || !tiers.isArray() || tiers.isEmpty()) {
            return new Tiered(base, null, false, null, v, key, field);
        }
        long first = Long.MAX_VALUE;
        for (Iterator<JsonNode> it = tiers.elements(); it.hasNext(); ) {
            JsonNode t = it.next();
            v.price(t, "price", key, 0);
            if (!t.path("start").canConvertToLong() || t.path("start").asLong() <= 0) {
                throw new PriceListException(v.file(), key, v.file() + ", entry \"" + key + "\": a tier of " + field
                        + " has no positive start");
            }
            first = Math.min(first, t.path("start").asLong());
        }
        return new Tiered(base, first, tiers.size() > 1, tiers, v, key, field);
    }

    private static String date(JsonNode node, String field, String key, Reading r) throws PriceListException {
        JsonNode d = node.get(field);
        return d == null || d.isNull() ? null : date(d, key, r);
    }

    private static String date(JsonNode d, String key, Reading r) throws PriceListException {
        try {
            return LocalDate.parse(d.asText()).toString();
        } catch (DateTimeParseException e) {
            throw new PriceListException(r.file, key, r.file + ", entry \"" + key + "\": " + d.asText()
                    + " is not a date (YYYY-MM-DD). Nothing was imported.", e);
        }
    }
}
