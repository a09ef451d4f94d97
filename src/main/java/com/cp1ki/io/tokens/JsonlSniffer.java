package com.cp1ki.io.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines layout: the fields that hold tokens, time, tag and model. Recognised by default:
 * {@code usage.prompt_tokens}/{@code usage.completion_tokens}, {@code usage.input_tokens}/
 * {@code usage.output_tokens}, the same four names at top level, {@code count}/{@code weight},
 * {@code timestamp}/{@code created}/{@code created_at}/{@code time}, {@code model}, and
 * {@code tag}/{@code feature} at top level or inside {@code metadata}. Options name other fields by
 * path ({@code response.usage.in} is not supported: one level of nesting at most).
 */
final class JsonlSniffer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlSniffer() {
    }

    static Map<String, Role> defaultRoot() {
        Map<String, Role> m = new HashMap<>();
        m.put("prompt_tokens", Role.INPUT);
        m.put("input_tokens", Role.INPUT);
        m.put("completion_tokens", Role.OUTPUT);
        m.put("output_tokens", Role.OUTPUT);
        m.put("count", Role.WEIGHT);
        m.put("weight", Role.WEIGHT);
        m.put("timestamp", Role.TIME);
        m.put("created", Role.TIME);
        m.put("created_at", Role.TIME);
        m.put("time", Role.TIME);
        m.put("model", Role.MODEL);
        m.put("tag", Role.TAG);
        m.put("feature", Role.TAG);
        return m;
    }

    static Layout detect(List<String> lines, int skipBytes, ImportOptions o, String source, boolean requireTokens)
            throws ImportException {
        Map<String, Role> root = defaultRoot();
        Map<String, Map<String, Role>> nested = new HashMap<>();
        Map<String, Role> usage = new HashMap<>();
        usage.put("prompt_tokens", Role.INPUT);
        usage.put("input_tokens", Role.INPUT);
        usage.put("completion_tokens", Role.OUTPUT);
        usage.put("output_tokens", Role.OUTPUT);
        nested.put("usage", usage);
        Map<String, Role> meta = new HashMap<>();
        meta.put("feature", Role.TAG);
        meta.put("tag", Role.TAG);
        nested.put("metadata", meta);
        String[] cols = {o.inputCol(), o.outputCol(), o.weightCol(), o.timeCol(), o.tagCol()};
        Role[] which = {Role.INPUT, Role.OUTPUT, Role.WEIGHT, Role.TIME, Role.TAG};
        for (int k = 0; k < cols.length; k++) {
            if (cols[k] == null) {
                continue;
            }
            Role r = which[k];
            root.values().removeIf(v -> v == r);
            nested.values().forEach(m -> m.values().removeIf(v -> v == r));
            if (cols[k].isBlank()) {
                continue; // the log has no such field
            }
            String[] path = cols[k].strip().split("\\.");
            if (path.length == 1) {
                root.put(path[0], r);
            } else if (path.length == 2) {
                nested.computeIfAbsent(path[0], x -> new HashMap<>()).put(path[1], r);
            } else {
                throw new ImportException(source, -1, "JSON field path '" + cols[k] + "' is nested too deep (at most a.b)");
            }
        }
        // find which known fields the sample uses, for the preview and the missing-field message
        Map<String, Role> seen = new LinkedHashMap<>();
        int objects = 0;
        for (String line : lines) {
            if (line.isBlank() || objects >= 50) {
                continue;
            }
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (Exception e) {
                continue;
            }
            if (n == null || !n.isObject()) {
                continue;
            }
            objects++;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Map<String, Role> sub = nested.get(f.getKey());
                if (f.getValue().isObject() && sub != null) {
                    for (Iterator<String> names = f.getValue().fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        seen.putIfAbsent(f.getKey() + "." + name, sub.getOrDefault(name, Role.IGNORED));
                    }
                } else {
                    seen.putIfAbsent(f.getKey(), root.getOrDefault(f.getKey(), Role.IGNORED));
                }
            }
        }
        List<String> paths = new ArrayList<>(seen.keySet());
        List<Role> roles = new ArrayList<>(seen.values());
        if (objects > 0 && requireTokens) {
            if (!roles.contains(Role.INPUT)) {
                throw new ImportException(source, -1, "no input-token field in the first JSON objects (fields: "
                        + String.join(", ", paths) + "; expected usage.prompt_tokens or usage.input_tokens)",
                        ImportException.Fix.INPUT_COLUMN);
            }
            if (!roles.contains(Role.OUTPUT) && o.outputRatio() == null && o.outputMean() == null) {
                throw new ImportException(source, -1, "no output-token field in the first JSON objects (fields: "
                        + String.join(", ", paths) + ")", ImportException.Fix.OUTPUT_COLUMN);
            }
        }
        return new Layout(ImportOptions.Format.JSONL, 0, false, skipBytes, 0, List.copyOf(paths), List.copyOf(roles),
                0, Map.copyOf(root), Map.copyOf(nested), o);
    }
}
