package com.cp1ki.app.editor.stack;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.GpuInstanceEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search in the catalog picker: every word must appear in the entry's provider, model, price,
 * source or date ("anthropic haiku", "litellm 2026-11"); a word like {@code <1}, {@code >=2.5} or
 * {@code <=0.9} keeps the entries whose price (input per 1M tokens, or on-demand per hour) meets
 * it. Labels show the prices, where they come from and their date.
 */
public final class CatalogSearch {

    private static final Pattern PRICE = Pattern.compile("([<>]=?)\\$?(\\d+(?:\\.\\d+)?)");

    private CatalogSearch() {
    }

    public static <T> List<T> filter(List<T> entries, String query, Function<T, String> text, ToDoubleFunction<T> price) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return entries;
        }
        String[] words = q.split("\\s+");
        List<T> out = new ArrayList<>();
        for (T e : entries) {
            String t = text.apply(e).toLowerCase(Locale.ROOT);
            boolean ok = true;
            for (String w : words) {
                Matcher m = PRICE.matcher(w);
                ok = m.matches() ? compare(price.applyAsDouble(e), m.group(1), Double.parseDouble(m.group(2))) : t.contains(w);
                if (!ok) {
                    break;
                }
            }
            if (ok) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean compare(double v, String op, double x) {
        return switch (op) {
            case "<" -> v < x;
            case "<=" -> v <= x;
            case ">" -> v > x;
            default -> v >= x;
        };
    }

    /** "Anthropic Claude Haiku 3.5 · $0.80 / $4.00 per 1M tokens · bundled, as of 2026-11-22". */
    public static String label(ApiModelEntry e) {
        return e.provider() + " " + e.model() + " · " + money(e.inputPricePerMTok()) + " / " + money(e.outputPricePerMTok())
                + " per 1M tokens" + (e.feePerRequest() > 0 ? " + " + money(e.feePerRequest()) + "/request" : "")
                + " · " + origin(e.id(), e.listDate()) + ", as of " + e.checked() + (e.illustrative() ? ", illustrative" : "");
    }

    /** "AWS g5.xlarge, 1× NVIDIA A10G · $1.006/h on demand · bundled, as of 2026-11-22". */
    public static String label(GpuInstanceEntry e) {
        return e.provider() + " " + e.instanceType() + ", " + e.gpus() + "× " + e.gpuModel() + " · "
                + money(e.onDemandUsdPerHour()) + "/h on demand · " + e.region() + " · bundled, as of " + e.rateChecked()
                + (e.ratesIllustrative() ? ", illustrative" : "");
    }

    /** What the picker searches in: the label and the entry's id and source. */
    public static String text(ApiModelEntry e) {
        return label(e) + " " + e.id() + " " + e.source();
    }

    public static String text(GpuInstanceEntry e) {
        return label(e) + " " + e.id() + " " + e.rateSource();
    }

    /** "bundled" for the shipped catalog, "LiteLLM list of 2026-11-30" for an imported entry. */
    static String origin(String id, String listDate) {
        int colon = id.indexOf(':');
        if (listDate == null || colon < 0) {
            return listDate == null ? "bundled" : "list of " + listDate;
        }
        String list = switch (id.substring(0, colon)) {
            case "litellm" -> "LiteLLM";
            case "genai-prices" -> "genai-prices";
            case "openrouter" -> "OpenRouter";
            default -> id.substring(0, colon);
        };
        return list + " list of " + listDate;
    }

    static String money(double v) {
        if (v == 0) {
            return "$0";
        }
        String s = Math.abs(v) < 0.01 ? String.format(Locale.ROOT, "%.6f", v) : String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceFirst("0+$", "");
        if (s.matches(".*\\.\\d$")) {
            s += "0";
        }
        return "$" + (s.endsWith(".") ? s + "00" : s);
    }
}
