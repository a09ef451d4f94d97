package com.cp1ki.io.tokens;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The feature of a request whose tag is a list, as LiteLLM writes {@code request_tags}
 * ({@code ["feature:summariser", "team:docs"]}): the value of the first {@code feature:} tag, or
 * else the first tag. A cell of a CSV export holds the list as JSON text ({@code ["a","b"]}, quotes
 * doubled inside a quoted cell) or as a Postgres array ({@code {a,b}}).
 */
final class FeatureTags {
    static final String PREFIX = "feature:";

    private FeatureTags() {
    }

    /** The feature from the array the parser stands at (START_ARRAY); null for an empty list. */
    static String fromArray(JsonParser jp) throws IOException {
        return pick(readAll(jp));
    }

    /** The feature of a tag cell: a list in JSON or Postgres form is read; anything else is the feature itself. */
    static String fromCell(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
            String json = s.replace("\"\"", "\"");
            try (JsonParser jp = JsonlParser.FACTORY.createParser(json)) {
                if (jp.nextToken() == JsonToken.START_ARRAY) {
                    return pick(readAll(jp));
                }
            } catch (IOException e) {
                return s; // not JSON after all: the text is the tag
            }
        }
        if (s.length() >= 2 && s.startsWith("{") && s.endsWith("}")) {
            List<String> tags = new ArrayList<>();
            for (String part : s.substring(1, s.length() - 1).split(",")) {
                String p = part.strip();
                if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                    p = p.substring(1, p.length() - 1);
                }
                if (!p.isEmpty()) {
                    tags.add(p);
                }
            }
            return pick(tags);
        }
        return s;
    }

    private static List<String> readAll(JsonParser jp) throws IOException {
        List<String> tags = new ArrayList<>();
        JsonToken t;
        while ((t = jp.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t == JsonToken.VALUE_STRING) {
                tags.add(jp.getText());
            } else {
                jp.skipChildren();
            }
        }
        return tags;
    }

    static String pick(List<String> tags) {
        for (String t : tags) {
            if (t.startsWith(PREFIX) && t.length() > PREFIX.length()) {
                return t.substring(PREFIX.length()).strip();
            }
        }
        for (String t : tags) {
            if (!t.isBlank()) {
                return t.strip();
            }
        }
        return null;
    }
}
