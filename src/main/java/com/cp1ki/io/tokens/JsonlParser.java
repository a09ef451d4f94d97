package com.cp1ki.io.tokens;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Parses JSON Lines with Jackson's streaming parser: one parser per block, reading the root-level
 * objects in turn. A line that is not valid JSON is counted and located, and parsing restarts on
 * the next line. Only the fields with a role are read; everything else is skipped unparsed.
 */
final class JsonlParser implements BlockParser {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1 << 20).build())
            .build();

    private final Map<String, Role> root;
    private final Map<String, Map<String, Role>> nested;
    private final ImportOptions options;
    /** Objects two levels down ("usage.prompt_tokens_details"): outer field, inner field, then roles. */
    private final Map<String, Map<String, Map<String, Role>>> deep = new java.util.HashMap<>();

    JsonlParser(Layout l) {
        root = l.rootFields();
        nested = l.nested();
        options = l.options();
        for (Map.Entry<String, Map<String, Role>> e : nested.entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot > 0) {
                deep.computeIfAbsent(e.getKey().substring(0, dot), k -> new java.util.HashMap<>())
                        .put(e.getKey().substring(dot + 1), e.getValue());
            }
        }
    }

    /** One row being read. */
    private static final class Row {
        long in;
        long out;
        double w;
        long ts;
        String tag;
        SkipReason err;

        void reset() {
            in = -1;
            out = -1;
            w = 1;
            ts = Timestamps.INVALID;
            tag = null;
            err = null;
        }
    }

    @Override
    public void parse(byte[] b, int off, int end, int skipLines, RowSink acc, Result r) {
        RowDetail d = acc.detail();
        long lines = -1;
        int pos = off;
        long lineBase = 0; // lines before pos
        Row row = new Row();
        byte[] scratch = new byte[64];
        Names names = new Names();
        while (pos < end) {
            long rowLine = -1;
            try (JsonParser jp = FACTORY.createParser(b, pos, end - pos)) {
                JsonToken t;
                while ((t = jp.nextToken()) != null) {
                    rowLine = lineBase + tokenLine(jp);
                    r.rowsRead++;
                    if (t != JsonToken.START_OBJECT) {
                        jp.skipChildren();
                        r.skips.add(SkipReason.NOT_AN_OBJECT, rowLine);
                        rowLine = -1;
                        continue;
                    }
                    row.reset();
                    if (d != null) {
                        d.reset();
                    }
                    readObject(jp, row, scratch, names, d);
                    finish(row, rowLine, acc, r, d);
                    rowLine = -1;
                }
                // the parser stands at the end of the block: its line is one past the last newline
                lines = lineBase + jp.currentLocation().getLineNr() - 1 + (b[end - 1] != '\n' ? 1 : 0);
                pos = end;
            } catch (JsonProcessingException e) {
                long bad = rowLine;
                if (bad < 0) {
                    bad = lineBase + Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr());
                    r.rowsRead++;
                }
                r.skips.add(SkipReason.BAD_JSON, bad);
                // restart after the line where the bad row began
                while (lineBase < bad && pos < end) {
                    while (pos < end && b[pos] != '\n') {
                        pos++;
                    }
                    if (pos < end) {
                        pos++;
                    }
                    lineBase++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        r.lines = lines >= 0 ? lines : lineBase;
    }

    /**
     * Roles of field names, cached by identity: Jackson interns field names, so after the first
     * row a lookup is a few reference comparisons instead of hashing a string.
     */
    private final class Names {
        private final String[] keys = new String[32];
        private final Object[] values = new Object[32];
        private int n;
        private final Object none = new Object();

        /** The role (or nested map) of a root field, or null. */
        Object root(String name) {
            for (int i = 0; i < n; i++) {
                if (keys[i] == name) {
                    return values[i] == none ? null : values[i];
                }
            }
            Object v = root.get(name);
            if (v == null) {
                v = nested.get(name);
            }
            if (n < keys.length) {
                keys[n] = name;
                values[n++] = v == null ? none : v;
            }
            return v;
        }
    }

    /** The line of the current token; a field read on Jackson's own parsers, no location object. */
    private static long tokenLine(JsonParser jp) {
        return jp instanceof ParserBase pb ? pb.getTokenLineNr() : jp.currentTokenLocation().getLineNr();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    /** Newlines in b[off, end), eight bytes at a time (exact zero-byte test, no false positives). */
    static long countNewlines(byte[] b, int off, int end) {
        long n = 0;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            long v = (long) LONGS.get(b, i) ^ NEWLINES;
            n += Long.bitCount(~(((v & LOWS) + LOWS) | v | LOWS));
        }
        for (; i < end; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private void finish(Row row, long line, RowSink acc, Result r, RowDetail d) {
        if (row.err == null) {
            if (row.in < 0) {
                row.err = SkipReason.MISSING_FIELD;
            } else if (row.out < 0) {
                row.out = options.syntheticOutput(row.in);
                if (row.out < 0) {
                    row.err = SkipReason.MISSING_FIELD;
                } else if (row.out > Numbers.MAX) {
                    row.err = SkipReason.OVERFLOW;
                }
            }
        }
        if (row.err != null) {
            r.skips.add(row.err, line);
            return;
        }
        if (d == null) {
            acc.add(acc.tag(row.tag), row.in, row.out, row.w, row.ts);
        } else {
            SkipReason why = acc.addDetailed(acc.tag(row.tag), row.in, row.out, row.w, row.ts, d, line);
            if (why != null) {
                r.skips.add(why, line);
            }
        }
    }

    private void readObject(JsonParser jp, Row row, byte[] scratch, Names names, RowDetail d) throws IOException {
        JsonToken t;
        while ((t = jp.nextToken()) == JsonToken.FIELD_NAME) {
            String rootName = jp.currentName();
            Object known = names.root(rootName);
            t = jp.nextToken();
            if (t == JsonToken.START_OBJECT) {
                @SuppressWarnings("unchecked")
                Map<String, Role> sub = known instanceof Map ? (Map<String, Role>) known : null;
                if (sub == null) {
                    jp.skipChildren();
                    continue;
                }
                Map<String, Map<String, Role>> below = deep.get(rootName);
                while (jp.nextToken() == JsonToken.FIELD_NAME) {
                    String name = jp.currentName();
                    Role role = sub.get(name);
                    JsonToken v = jp.nextToken();
                    if (v == JsonToken.START_OBJECT && below != null && below.containsKey(name)) {
                        Map<String, Role> inner = below.get(name);
                        while (jp.nextToken() == JsonToken.FIELD_NAME) {
                            Role r = inner.get(jp.currentName());
                            JsonToken iv = jp.nextToken();
                            if (r == null || iv == JsonToken.START_OBJECT || iv == JsonToken.START_ARRAY) {
                                jp.skipChildren();
                            } else {
                                value(jp, iv, r, row, scratch, d);
                            }
                        }
                    } else if (role == Role.TAG && v == JsonToken.START_ARRAY && d != null) {
                        row.tag = FeatureTags.fromArray(jp);
                    } else if (role == null || v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                        jp.skipChildren();
                    } else {
                        value(jp, v, role, row, scratch, d);
                    }
                }
            } else if (t == JsonToken.START_ARRAY) {
                if (known == Role.TAG && d != null) {
                    row.tag = FeatureTags.fromArray(jp);
                } else {
                    jp.skipChildren();
                }
            } else {
                Role role = known instanceof Role ? (Role) known : null;
                if (role != null) {
                    value(jp, t, role, row, scratch, d);
                }
            }
        }
    }

    private static void value(JsonParser jp, JsonToken t, Role role, Row row, byte[] scratch, RowDetail det)
            throws IOException {
        switch (role) {
            case INPUT -> row.in = token(jp, t, row, scratch);
            case OUTPUT -> row.out = token(jp, t, row, scratch);
            case WEIGHT -> {
                double w = t.isNumeric() ? number(jp, t) : Double.NaN;
                if (t == JsonToken.VALUE_STRING) {
                    int n = ascii(jp, scratch);
                    w = n < 0 ? Double.NaN : Numbers.weight(scratch, 0, n);
                }
                if (!(w > 0 && w <= Numbers.MAX)) { // a count of 1e308 made every mean infinite
                    fail(row, SkipReason.BAD_WEIGHT);
                } else {
                    row.w = w;
                }
            }
            case TIME -> {
                long ts = Timestamps.INVALID;
                if (t == JsonToken.VALUE_NUMBER_INT && jp.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long v = jp.getLongValue();
                    ts = v >= 0 ? Timestamps.fromEpochNumber(v, 0) : Timestamps.INVALID;
                } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    double d = jp.getDoubleValue();
                    ts = d >= 0 && d < 9e18 ? Timestamps.fromEpochNumber((long) d, d - Math.floor(d)) : Timestamps.INVALID;
                } else if (t == JsonToken.VALUE_STRING) {
                    int n = ascii(jp, scratch);
                    ts = n < 0 ? Timestamps.INVALID : Timestamps.parse(scratch, 0, n);
                }
                if (ts == Timestamps.INVALID) {
                    fail(row, SkipReason.BAD_TIMESTAMP);
                } else {
                    row.ts = ts;
                }
            }
            case TAG -> row.tag = t == JsonToken.VALUE_NULL ? null : jp.getText();
            default -> {
                int slot = det == null || t == JsonToken.VALUE_NULL ? -1 : RowDetail.slot(role);
                if (slot >= 0) {
                    if (t == JsonToken.VALUE_STRING) {
                        det.copy(slot, jp.getTextCharacters(), jp.getTextOffset(), jp.getTextLength());
                    } else {
                        String text = jp.getText();
                        det.copy(slot, text.toCharArray(), 0, text.length());
                    }
                }
            }
        }
    }

    /**
     * A number token's value. An integer is read through its own type: Jackson 2.17's
     * {@code getDoubleValue()} on a small integer returns the text of the last big integer the
     * parser met (a stale cached string), so a count after an overflowing token count was read as
     * 1e20 (issue 9, item 6).
     */
    static double number(JsonParser jp, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            return jp.getDoubleValue();
        }
        return jp.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? jp.getBigIntegerValue().doubleValue() : (double) jp.getLongValue();
    }

    private static void fail(Row row, SkipReason r) {
        if (row.err == null) {
            row.err = r;
        }
    }

    private static long token(JsonParser jp, JsonToken t, Row row, byte[] scratch) throws IOException {
        long v;
        if (t == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType nt = jp.getNumberType();
            if (nt == JsonParser.NumberType.BIG_INTEGER) {
                v = jp.getText().startsWith("-") ? Numbers.error(SkipReason.NEGATIVE) : Numbers.error(SkipReason.OVERFLOW);
            } else {
                v = jp.getLongValue();
                v = v < 0 ? Numbers.error(SkipReason.NEGATIVE) : v > Numbers.MAX ? Numbers.error(SkipReason.OVERFLOW) : v;
            }
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = jp.getDoubleValue();
            v = d < 0 ? Numbers.error(SkipReason.NEGATIVE) : d != Math.floor(d) ? Numbers.error(SkipReason.FRACTIONAL)
                    : d > Numbers.MAX ? Numbers.error(SkipReason.OVERFLOW) : (long) d;
        } else if (t == JsonToken.VALUE_STRING) {
            int n = ascii(jp, scratch);
            v = n < 0 ? Numbers.error(SkipReason.NON_NUMERIC) : Numbers.token(scratch, 0, n);
        } else if (t == JsonToken.VALUE_NULL) {
            v = Numbers.error(SkipReason.EMPTY_CELL);
        } else {
            v = Numbers.error(SkipReason.NON_NUMERIC);
        }
        if (v < 0) {
            fail(row, Numbers.reason(v));
            return -1;
        }
        return v;
    }

    /** Copies a short ASCII string value into scratch; -1 when it is long or not ASCII. */
    private static int ascii(JsonParser jp, byte[] scratch) throws IOException {
        int n = jp.getTextLength();
        if (n > scratch.length) {
            return -1;
        }
        char[] c = jp.getTextCharacters();
        int o = jp.getTextOffset();
        for (int i = 0; i < n; i++) {
            char ch = c[o + i];
            if (ch > 127) {
                return -1;
            }
            scratch[i] = (byte) ch;
        }
        return n;
    }
}
