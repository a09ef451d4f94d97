package com.cp1ki.io.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a model or provider name typed by a person ("Claude Haiku 3.5", "Google") is matched with
 * the names of price lists ("claude-3-5-haiku-20241022", "vertex_ai-language-models"):
 * case, punctuation, word order, date stamps and "latest" do not matter; a provider's aliases are
 * the same provider. An exact name beats a match by words, and the newest price wins among equals.
 */
public final class ModelNames {

    private static final Pattern DATE_STAMP = Pattern.compile("(?<![0-9])(20\\d{2}-?\\d{2}-?\\d{2})(?![0-9])");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    /** Provider names used by price lists for the same company, by their normal form. */
    private static final Map<String, String> PROVIDER_ALIASES = Map.ofEntries(
            Map.entry("gemini", "google"), Map.entry("vertexai", "google"), Map.entry("googleai", "google"),
            Map.entry("vertexailanguagemodels", "google"), Map.entry("vertexaiembeddingmodels", "google"),
            Map.entry("bedrock", "aws"), Map.entry("bedrockconverse", "aws"), Map.entry("amazon", "aws"),
            Map.entry("amazonwebservices", "aws"), Map.entry("azureai", "azure"), Map.entry("microsoft", "azure"),
            Map.entry("mistralai", "mistral"), Map.entry("xai", "xai"), Map.entry("metallama", "meta"));

    private ModelNames() {
    }

    /** The words of a model name: lower case, split at punctuation and spaces, without date stamps or "latest", sorted. */
    public static List<String> words(String model) {
        if (model == null) {
            return List.of();
        }
        String s = model.toLowerCase(Locale.ROOT);
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int colon = s.indexOf(':');
        if (colon > 0) {
            s = s.substring(0, colon);
        }
        s = DATE_STAMP.matcher(s).replaceAll(" ");
        List<String> w = new ArrayList<>(Arrays.asList(SPLIT.split(s)));
        w.removeIf(x -> x.isEmpty() || x.equals("latest"));
        w.sort(Comparator.naturalOrder());
        return w;
    }

    /** The company behind a provider name: lower case letters and digits, aliases resolved. */
    public static String provider(String provider) {
        if (provider == null) {
            return "";
        }
        String p = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (p.startsWith("vertexai")) {
            return "google";
        }
        if (p.startsWith("bedrock")) {
            return "aws";
        }
        if (p.startsWith("azure")) {
            return "azure";
        }
        return PROVIDER_ALIASES.getOrDefault(p, p);
    }

    /** Whether an entry is for the model a person named (provider and model), and how well: 2 exact, 1 by words, 0 not. */
    public static int match(ApiModelEntry e, String provider, String model) {
        if (!provider(e.provider()).equals(provider(provider)) || model == null || model.isBlank()) {
            return 0;
        }
        String a = strip(e.model());
        String b = strip(model);
        if (a.equals(b)) {
            return 2;
        }
        List<String> w = words(model);
        return !w.isEmpty() && w.equals(words(e.model())) ? 1 : 0;
    }

    /**
     * The entry of {@code entries} for the named model: the entry whose id is {@code preferredId}
     * when it matches at all, else the best match, then the newest {@code checked}, then the first.
     */
    public static Optional<ApiModelEntry> best(List<ApiModelEntry> entries, String provider, String model,
                                               String preferredId) {
        ApiModelEntry best = null;
        int bestScore = 0;
        for (ApiModelEntry e : entries) {
            int m = match(e, provider, model);
            if (m == 0) {
                continue;
            }
            int score = m * 10 + (e.id().equals(preferredId) ? 100 : 0);
            if (best == null || score > bestScore || (score == bestScore && e.checked().compareTo(best.checked()) > 0)) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String strip(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }
}
