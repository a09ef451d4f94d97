package com.cp1ki.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into one sentence naming the file and the line or field. */
final class JacksonErrors {

    /** What a polymorphic DTO's {@code kind} selects, in words, by its base type's simple name. */
    private static final Map<String, String> KIND_NOUNS = Map.of(
            "ServingDto", "stack kind", "TokensDto", "token profile kind", "UsageDto", "usage kind");
    private static final Map<String, String> KINDS = Map.of(
            "ServingDto", "managedApi, selfHostedGpu", "TokensDto", "typedMeans, distribution",
            "UsageDto", "lognormal, userCounts");

    private JacksonErrors() {
    }

    /** A failure while parsing text: syntax, truncation, duplicate keys, parser limits. */
    static ProjectFileException syntax(JsonProcessingException e, String file, String name) {
        JsonLocation loc = e.getLocation();
        String at = loc == null || loc.getLineNr() < 0 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String where = at.isEmpty() ? "" : " at " + at;
        String original = firstLine(e.getOriginalMessage());
        String msg;
        if (e instanceof StreamConstraintsException) {
            msg = name + " exceeds a safety limit for project files: " + limit(original);
        } else if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            msg = name + " ends too early" + where + "; the file looks truncated";
        } else if (original.startsWith("Duplicate field")) {
            String key = original.replaceFirst("^Duplicate field '(.*)'.*$", "$1");
            msg = name + " has the key '" + key + "' twice in one object" + where;
        } else if (original.startsWith("Trailing token")) {
            msg = name + " has more content after the project's closing brace" + where;
        } else if (original.startsWith("Non-standard token")) {
            msg = name + " holds NaN or Infinity" + where + ", which JSON does not allow; numbers must be finite";
        } else {
            String detail = original.replaceFirst(":? *was expecting.*$", "").replaceFirst(": enable .*$", "");
            msg = name + " is not valid JSON" + where + ": " + lowerFirst(detail);
        }
        return new ProjectFileException(file, at, msg, e);
    }

    private static String limit(String original) {
        if (original.contains("nesting depth")) {
            return "objects and lists nest deeper than " + ProjectJson.MAX_NESTING_DEPTH + " levels";
        }
        if (original.contains("String value length")) {
            return "a text value is longer than " + ProjectJson.MAX_STRING_LENGTH + " characters";
        }
        if (original.contains("Number value length")) {
            return "a number is longer than " + ProjectJson.MAX_NUMBER_LENGTH + " characters";
        }
        if (original.contains("Name length")) {
            return "a key is longer than " + ProjectJson.MAX_NAME_LENGTH + " characters";
        }
        if (original.contains("Document length")) {
            return "the document is larger than " + (ProjectJson.MAX_DOCUMENT_BYTES >> 20) + " MB";
        }
        return original.replaceFirst(" *\\(.*$", "");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A failure while binding the JSON tree to DTOs: unknown fields and kinds, wrong types. */
    static ProjectFileException binding(JsonProcessingException e, JsonNode tree, String file, String name) {
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String path = path(refs);
        String label = label(refs, tree);
        String msg;
        if (e instanceof UnrecognizedPropertyException u) {
            String parent = relative(parent(path), refs);
            msg = name + ": " + join(label, parent.isEmpty() ? (label.isEmpty() ? "the project" : "") : parent)
                    + " has an unknown field '" + u.getPropertyName() + "'" + known(u.getKnownPropertyIds());
        } else if (e instanceof InvalidTypeIdException t) {
            String base = t.getBaseType() == null ? "" : t.getBaseType().getRawClass().getSimpleName();
            String noun = KIND_NOUNS.getOrDefault(base, "kind");
            String allowed = KINDS.containsKey(base) ? "; expected one of " + KINDS.get(base) : "";
            String owner = join(label, relative(path, refs));
            path = path.isEmpty() ? "kind" : path + ".kind";
            msg = t.getTypeId() == null
                    ? name + ": " + owner + " has no kind" + allowed
                    : name + ": " + owner + " has an unknown " + noun + " '" + t.getTypeId() + "'" + allowed;
        } else if (e instanceof MismatchedInputException mi) {
            JsonNode value = valueAt(tree, refs);
            msg = name + ": " + join(label, path.isEmpty() ? "the project" : relative(path, refs)) + " must be "
                    + expected(mi.getTargetType()) + (value == null || value.isMissingNode() ? "" : ", was " + value);
        } else {
            msg = name + ": " + (path.isEmpty() ? "" : path + ": ") + firstLine(e.getOriginalMessage());
        }
        return new ProjectFileException(file, path, msg, e);
    }

    /** "stacks[2] (Llama)" for a path under the third stack named Llama; empty at the top level. */
    private static String label(List<JsonMappingException.Reference> refs, JsonNode tree) {
        if (refs.size() < 2 || refs.get(0).getFieldName() == null || refs.get(1).getIndex() < 0) {
            return "";
        }
        String list = refs.get(0).getFieldName();
        int i = refs.get(1).getIndex();
        JsonNode named = tree.path(list).path(i).path("name");
        return list + "[" + i + "]" + (named.isTextual() ? " (" + named.asText() + ")" : "");
    }

    /** The path below the labelled list element, or the whole path when there is no such element. */
    private static String relative(String path, List<JsonMappingException.Reference> refs) {
        if (refs.size() < 2 || refs.get(0).getFieldName() == null || refs.get(1).getIndex() < 0) {
            return path;
        }
        String head = refs.get(0).getFieldName() + "[" + refs.get(1).getIndex() + "]";
        return path.equals(head) ? "" : path.startsWith(head + ".") ? path.substring(head.length() + 1) : path;
    }

    private static String join(String label, String rest) {
        return label.isEmpty() ? rest : rest.isEmpty() ? label : label + " " + rest;
    }

    private static JsonNode valueAt(JsonNode tree, List<JsonMappingException.Reference> refs) {
        JsonNode n = tree;
        for (JsonMappingException.Reference r : refs) {
            n = r.getFieldName() != null ? n.path(r.getFieldName()) : n.path(r.getIndex());
        }
        return n.isContainerNode() ? null : n;
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        TreeSet<String> sorted = ids.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        return "; known fields: " + String.join(", ", sorted);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
