package com.cp1ki.io.tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A log's layout as a drift read sees it: the import's layout, plus the columns only drift reads
 * (model, cache tokens, cost, outcome), LiteLLM's and the warehouse query's names, and whether the
 * log is aggregated (token sums per row, as the per-feature-day query writes them).
 */
final class DriftLayouts {
    /** Extra column names (compared as {@link ColumnNames#normalise} does) of a drift read. */
    static final Map<String, Role> NAMES = names();
    /** Token-sum columns of an aggregated log. */
    static final Set<String> SUM_INPUT = Set.of("suminputtokens", "sumprompttokens", "inputtokenssum");
    private static final Set<String> SUM_OUTPUT = Set.of("sumoutputtokens", "sumcompletiontokens", "outputtokenssum");
    private static final Set<String> SUM_CACHED = Set.of("sumcachedtokens", "cachedtokenssum");

    private DriftLayouts() {
    }

    /** The adjusted layout and what it says. */
    record Drift(Layout layout, boolean sums, boolean cache, boolean cost, boolean status) {
    }

    private static Map<String, Role> names() {
        Map<String, Role> m = new HashMap<>();
        for (String n : List.of("cachedtokens", "cachedinputtokens", "cachedprompttokens", "promptcachehittokens",
                "cachehittokens", "inputcachedtokens")) {
            m.put(n, Role.CACHED);
        }
        for (String n : List.of("cachereadinputtokens", "cachereadtokens")) {
            m.put(n, Role.CACHE_READ);
        }
        for (String n : List.of("cachecreationinputtokens", "cachecreationtokens", "cachewritetokens",
                "cachewriteinputtokens")) {
            m.put(n, Role.CACHE_WRITE);
        }
        for (String n : List.of("cost", "spend", "costusd", "totalcost", "responsecost", "billedcost", "sumcost",
                "costsum", "sumspend")) {
            m.put(n, Role.COST);
        }
        for (String n : List.of("status", "statuscode", "httpstatus", "outcome")) {
            m.put(n, Role.STATUS);
        }
        for (String n : List.of("failed", "isfailed", "iserror", "error")) {
            m.put(n, Role.FAILED);
        }
        for (String n : List.of("day", "hour", "bucket", "starttime")) {
            m.put(n, Role.TIME);
        }
        for (String n : List.of("requesttags", "tags")) {
            m.put(n, Role.TAG);
        }
        return Map.copyOf(m);
    }

    static Drift adjust(Layout l, DriftReadOptions o, String source) throws ImportException {
        return l.format() == ImportOptions.Format.JSONL ? json(l, o, source) : delimited(l, o, source);
    }

    private static Drift delimited(Layout l, DriftReadOptions o, String source) throws ImportException {
        List<String> names = l.columns();
        List<Role> roles = new ArrayList<>(l.roles());
        for (int i = 0; i < names.size(); i++) {
            String n = ColumnNames.normalise(names.get(i));
            Role extra = NAMES.get(n);
            if (SUM_INPUT.contains(n)) {
                extra = Role.INPUT;
            } else if (SUM_OUTPUT.contains(n)) {
                extra = Role.OUTPUT;
            } else if (SUM_CACHED.contains(n)) {
                extra = Role.CACHED;
            }
            if (n.equals("model") && roles.get(i) != Role.MODEL) {
                roles.replaceAll(r -> r == Role.MODEL ? Role.IGNORED : r);
                roles.set(i, Role.MODEL);
            } else if (extra != null && roles.get(i) == Role.IGNORED && !roles.contains(extra)) {
                roles.set(i, extra);
            }
        }
        Role[] which = {Role.MODEL, Role.CACHED, Role.COST, Role.STATUS};
        String[] cols = {o.modelCol(), o.cachedCol(), o.costCol(), o.statusCol()};
        for (int k = 0; k < which.length; k++) {
            ColumnNames.apply(names, roles, which[k], cols[k], l.header(), source);
        }
        boolean sums = roles.contains(Role.INPUT) && SUM_INPUT.contains(ColumnNames.normalise(names.get(roles.indexOf(Role.INPUT))));
        Layout out = new Layout(l.format(), l.delimiter(), l.header(), l.skipBytes(), l.skipLines(), names,
                List.copyOf(roles), l.cells(), null, null, l.options());
        return check(out, roles, sums, o, source);
    }

    private static Drift json(Layout l, DriftReadOptions o, String source) throws ImportException {
        Map<String, Role> root = new HashMap<>(l.rootFields());
        Map<String, Map<String, Role>> nested = new HashMap<>();
        l.nested().forEach((k, v) -> nested.put(k, new HashMap<>(v)));
        putAbsent(root, Map.of("startTime", Role.TIME, "start_time", Role.TIME, "day", Role.TIME, "spend", Role.COST,
                "cost", Role.COST, "response_cost", Role.COST, "status", Role.STATUS, "request_tags", Role.TAG,
                "failed", Role.FAILED, "cached_tokens", Role.CACHED));
        putAbsent(root, Map.of("cache_read_input_tokens", Role.CACHE_READ, "cache_creation_input_tokens", Role.CACHE_WRITE,
                "sum_input_tokens", Role.INPUT, "sum_output_tokens", Role.OUTPUT, "sum_cached_tokens", Role.CACHED,
                "sum_cost", Role.COST, "requests", Role.WEIGHT));
        Map<String, Role> usage = nested.computeIfAbsent("usage", k -> new HashMap<>());
        putAbsent(usage, Map.of("cache_read_input_tokens", Role.CACHE_READ, "cache_creation_input_tokens",
                Role.CACHE_WRITE, "cached_tokens", Role.CACHED));
        nested.computeIfAbsent("metadata", k -> new HashMap<>()).putIfAbsent("tags", Role.TAG);
        nested.put("usage.prompt_tokens_details", new HashMap<>(Map.of("cached_tokens", Role.CACHED)));
        nested.put("usage.input_tokens_details", new HashMap<>(Map.of("cached_tokens", Role.CACHED)));
        Role[] which = {Role.MODEL, Role.CACHED, Role.COST, Role.STATUS};
        String[] cols = {o.modelCol(), o.cachedCol(), o.costCol(), o.statusCol()};
        for (int k = 0; k < which.length; k++) {
            if (cols[k] == null) {
                continue;
            }
            Role r = which[k];
            root.values().removeIf(v -> v == r);
            nested.values().forEach(m -> m.values().removeIf(v -> v == r));
            if (cols[k].isBlank()) {
                continue;
            }
            String[] path = cols[k].strip().split("\\.");
            if (path.length == 1) {
                root.put(path[0], r);
            } else if (path.length <= 3) {
                String outer = path.length == 2 ? path[0] : path[0] + "." + path[1];
                nested.computeIfAbsent(outer, x -> new HashMap<>()).put(path[path.length - 1], r);
                if (path.length == 3) {
                    nested.computeIfAbsent(path[0], x -> new HashMap<>());
                }
            } else {
                throw new ImportException(source, -1, "JSON field path '" + cols[k] + "' is nested too deep (at most a.b.c)");
            }
        }
        List<Role> roles = new ArrayList<>();
        for (String path : l.columns()) {
            int dot = path.indexOf('.');
            Role r = dot < 0 ? root.get(path) : nested.getOrDefault(path.substring(0, dot), Map.of()).get(path.substring(dot + 1));
            roles.add(r == null ? Role.IGNORED : r);
        }
        // nested-nested fields are not listed in the sample's paths: count cached tokens when the parent is there
        if (l.columns().stream().anyMatch(p -> p.equals("usage.prompt_tokens_details") || p.equals("usage.input_tokens_details"))
                && !roles.contains(Role.CACHED)) {
            roles.add(Role.CACHED);
        }
        boolean sums = l.columns().contains("sum_input_tokens");
        Layout out = new Layout(l.format(), l.delimiter(), false, l.skipBytes(), l.skipLines(), l.columns(),
                List.copyOf(roles.subList(0, l.columns().size())), 0, Map.copyOf(root), copy(nested), l.options());
        return check(out, roles, sums, o, source);
    }

    private static void putAbsent(Map<String, Role> m, Map<String, Role> add) {
        add.forEach(m::putIfAbsent);
    }

    private static Map<String, Map<String, Role>> copy(Map<String, Map<String, Role>> m) {
        Map<String, Map<String, Role>> c = new HashMap<>();
        m.forEach((k, v) -> c.put(k, Map.copyOf(v)));
        return Map.copyOf(c);
    }

    private static Drift check(Layout l, List<Role> roles, boolean sums, DriftReadOptions o, String source)
            throws ImportException {
        String cols = String.join(", ", l.columns());
        ImportOptions io = o.columns();
        if (l.format() == ImportOptions.Format.DELIMITED || !l.columns().isEmpty()) {
            if (!roles.contains(Role.TIME)) {
                throw new ImportException(source, -1, "no timestamp column: drift needs the time of every request "
                        + "(columns: " + cols + "; name it with --time-col)", ImportException.Fix.COLUMN_NAME);
            }
            if (!roles.contains(Role.INPUT)) {
                throw new ImportException(source, -1, "no input-token column (columns: " + cols + ")",
                        ImportException.Fix.INPUT_COLUMN);
            }
            if (!roles.contains(Role.OUTPUT) && io.outputRatio() == null && io.outputMean() == null) {
                throw new ImportException(source, -1, "no output-token column (columns: " + cols + ")",
                        ImportException.Fix.OUTPUT_COLUMN);
            }
            if (!roles.contains(Role.MODEL) && o.model() == null) {
                throw new ImportException(source, -1, "no model column: drift prices each request by its model "
                        + "(columns: " + cols + "; name it with --model-col, or give --model NAME for a log of one model)",
                        ImportException.Fix.COLUMN_NAME);
            }
            if (!roles.contains(Role.TAG) && o.feature() == null) {
                throw new ImportException(source, -1, "no feature column: drift reports each feature (tag) "
                        + "(columns: " + cols + "; name it with --feature-col, or give --feature NAME for a log of one feature)",
                        ImportException.Fix.COLUMN_NAME);
            }
        }
        if (sums && !roles.contains(Role.WEIGHT)) {
            throw new ImportException(source, -1, "an aggregated log (token sums per row) needs a requests column "
                    + "(columns: " + cols + ")", ImportException.Fix.COLUMN_NAME);
        }
        return new Drift(l, sums, roles.contains(Role.CACHED) || roles.contains(Role.CACHE_READ)
                || roles.contains(Role.CACHE_WRITE), roles.contains(Role.COST),
                roles.contains(Role.STATUS) || roles.contains(Role.FAILED));
    }
}
