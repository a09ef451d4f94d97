package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;

/**
 * One feature's successful requests within a time window, into an import {@link Accumulator}
 * (its token distribution and traffic): what "update the workload from the last 30 days" needs,
 * read in a second pass over the logs.
 */
final class WindowSink extends RowSink {
    private final String feature;
    private final long from;
    private final long to;
    private final ByteNames features = new ByteNames(DriftSink.MAX_NAMES, FeatureTags::fromCell);
    private final RowDetail detail = new RowDetail();
    final Accumulator inner = new Accumulator();
    private final int innerTag;

    /** Rows of {@code feature} with {@code from <= micros < to}. */
    WindowSink(String feature, long from, long to) {
        this.feature = feature;
        this.from = from;
        this.to = to;
        byte[] b = feature.getBytes(StandardCharsets.UTF_8);
        innerTag = inner.tag(b, 0, b.length);
    }

    @Override
    int tag(byte[] b, int s, int e) {
        return features.of(b, s, e);
    }

    @Override
    int tag(String name) {
        return features.name(name);
    }

    @Override
    void add(int tag, long in, long out, double w, long micros) {
        throw new UnsupportedOperationException("a window read needs each row's detail");
    }

    @Override
    RowDetail detail() {
        return detail;
    }

    @Override
    SkipReason addDetailed(int tag, long in, long out, double w, long micros, RowDetail d, long line) {
        if (tag < 0 || micros == Timestamps.INVALID || micros < from || micros >= to
                || !features.names.get(tag).equals(feature)) {
            return null;
        }
        byte[] b = d.bytes;
        if (d.has(RowDetail.STATUS) && Outcome.status(b, d.start[RowDetail.STATUS], d.end[RowDetail.STATUS]) != Outcome.OK) {
            return null;
        }
        if (d.has(RowDetail.FAILED) && Outcome.failed(b, d.start[RowDetail.FAILED], d.end[RowDetail.FAILED]) != Outcome.OK) {
            return null;
        }
        long read = cell(d, RowDetail.CACHE_READ);
        long write = cell(d, RowDetail.CACHE_WRITE);
        inner.add(innerTag, in + read + write, out, w, micros);
        return null;
    }

    private static long cell(RowDetail d, int slot) {
        if (!d.has(slot) || d.start[slot] == d.end[slot]) {
            return 0;
        }
        long v = Numbers.token(d.bytes, d.start[slot], d.end[slot]);
        return Math.max(0, v);
    }

    void merge(WindowSink o) {
        inner.merge(o.inner);
    }
}
