package com.cp1ki.io.tokens;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * One worker's part of a drift read: per (feature, model, bucket, band, outcome) cell the sums of
 * requests, input, cached, cache-write and output tokens and billed cost, in a table of primitive
 * arrays whose size depends on the cells, never on the rows. Names are looked up by their bytes.
 *
 * <p>Input tokens are normalised to "every input token": in OpenAI's layout cached tokens are part
 * of the prompt tokens; in Anthropic's ({@link Role#CACHE_READ}, {@link Role#CACHE_WRITE}) they
 * are beside the input tokens and are added to them. A row of an aggregated log ({@code sums})
 * holds token sums over its count of requests instead of one request's tokens.
 */
final class DriftSink extends RowSink {
    /** Largest number of feature or model names per read; more are pooled under "(other)". */
    static final int MAX_NAMES = 1000;
    /** Largest number of cells per worker; a log with more stops with a message. */
    static final int MAX_CELLS = 1 << 20;
    static final int LINES_PER_MODEL = 5;
    private static final int FIELDS = 7;
    private static final long EMPTY = Long.MIN_VALUE;

    /** What every worker of one file shares. */
    record Config(ZoneId zone, long bucketMicros, long[] thresholds, boolean sums, String feature, String model) {
    }

    final Config config;
    final ByteNames features;
    final ByteNames models;
    private final BucketClock clock;
    private final RowDetail detail = new RowDetail();
    long rowsUsed;
    boolean anyCost;
    boolean anyCache;
    boolean anyStatus;

    private long[] keys;
    private double[] sums;
    private int cells;
    private int lastSlot = -1;
    private long lastKey = EMPTY;

    /** Per model: the (block, line) of its first rows in this worker. */
    long[][] modelLines = new long[16][];
    int[] modelLineCount = new int[16];
    private long seq;

    private byte[] lastStatus = new byte[0];
    private int lastStatusValue;
    private int fixedFeature = -1;
    private int fixedModel = -1;

    DriftSink(Config c) {
        config = c;
        features = new ByteNames(MAX_NAMES, FeatureTags::fromCell);
        models = new ByteNames(MAX_NAMES, String::strip);
        clock = c.sums() ? null : new BucketClock(c.zone(), c.bucketMicros());
        keys = new long[1024];
        Arrays.fill(keys, EMPTY);
        sums = new double[1024 * FIELDS];
        if (c.feature() != null) {
            fixedFeature = features.name(c.feature());
        }
        if (c.model() != null) {
            fixedModel = models.name(c.model());
        }
    }

    @Override
    int tag(byte[] b, int s, int e) {
        return s == e && fixedFeature >= 0 ? fixedFeature : features.of(b, s, e);
    }

    @Override
    int tag(String name) {
        return (name == null || name.isBlank()) && fixedFeature >= 0 ? fixedFeature : features.name(name);
    }

    @Override
    void add(int tag, long in, long out, double w, long micros) {
        throw new UnsupportedOperationException("a drift read needs each row's detail");
    }

    @Override
    RowDetail detail() {
        return detail;
    }

    @Override
    void startBlock(long seq) {
        this.seq = seq;
    }

    @Override
    SkipReason addDetailed(int tag, long in, long out, double w, long micros, RowDetail d, long line) {
        if (micros == Timestamps.INVALID) {
            return SkipReason.NO_TIMESTAMP;
        }
        if (tag < 0) {
            return SkipReason.NO_FEATURE;
        }
        byte[] b = d.bytes;
        int model = d.has(RowDetail.MODEL) ? models.of(b, d.start[RowDetail.MODEL], d.end[RowDetail.MODEL]) : -1;
        if (model < 0) {
            model = fixedModel;
            if (model < 0) {
                return SkipReason.NO_MODEL;
            }
        }
        long cached = count(d, RowDetail.CACHED);
        long read = count(d, RowDetail.CACHE_READ);
        long write = count(d, RowDetail.CACHE_WRITE);
        if (cached < 0 || read < 0 || write < 0) {
            return SkipReason.BAD_CACHED;
        }
        double cost = Money.ABSENT;
        if (d.has(RowDetail.COST)) {
            cost = Money.parse(b, d.start[RowDetail.COST], d.end[RowDetail.COST]);
            if (cost == Money.INVALID) {
                return SkipReason.BAD_COST;
            }
        }
        int outcome = Outcome.OK;
        if (d.has(RowDetail.STATUS)) {
            outcome = status(b, d.start[RowDetail.STATUS], d.end[RowDetail.STATUS]);
            if (outcome == Outcome.UNKNOWN) {
                return SkipReason.BAD_STATUS;
            }
            anyStatus = true;
        }
        if (d.has(RowDetail.FAILED)) {
            outcome = Math.max(outcome, Outcome.failed(b, d.start[RowDetail.FAILED], d.end[RowDetail.FAILED]));
            anyStatus = true;
        }
        // per request (or, aggregated, summed) input with the cache tokens that sit beside it
        double input = in + read + write;
        double cachedAll = cached + read;
        if (cachedAll + write > input) {
            return SkipReason.CACHED_ABOVE_INPUT;
        }
        long bucket = config.sums() ? Math.floorDiv(micros, config.bucketMicros()) : clock.bucket(micros);
        int band = 0;
        long perRequest = config.sums() ? 0 : in + read + write;
        long[] th = config.thresholds();
        while (band < th.length && perRequest > th[band]) {
            band++;
        }
        double k = config.sums() ? 1 : w;
        int slot = slot(bucket, tag, model, band, outcome == Outcome.FAILED);
        int f = slot * FIELDS;
        double[] s = sums;
        s[f] += w;
        s[f + 1] += input * k;
        s[f + 2] += cachedAll * k;
        s[f + 3] += write * k;
        s[f + 4] += out * k;
        if (cost >= 0) {
            s[f + 5] += cost;
            s[f + 6] += w;
            anyCost = true;
        }
        if (cached + read + write > 0) {
            anyCache = true;
        }
        rowsUsed++;
        noteModel(model, line);
        return null;
    }

    /** A token cell: 0 when absent or empty, -1 when not a whole number. */
    private static long count(RowDetail d, int slot) {
        if (!d.has(slot) || d.start[slot] == d.end[slot]) {
            return 0;
        }
        long v = Numbers.token(d.bytes, d.start[slot], d.end[slot]);
        if (v >= 0) {
            return v;
        }
        return Numbers.reason(v) == SkipReason.EMPTY_CELL ? 0 : -1;
    }

    private int status(byte[] b, int s, int e) {
        if (e - s == lastStatus.length && Arrays.equals(lastStatus, 0, lastStatus.length, b, s, e)) {
            return lastStatusValue;
        }
        lastStatusValue = Outcome.status(b, s, e);
        lastStatus = Arrays.copyOfRange(b, s, e);
        return lastStatusValue;
    }

    private void noteModel(int model, long line) {
        if (model >= modelLineCount.length || modelLineCount[model] < LINES_PER_MODEL) {
            addLine(model, seq, line);
        }
    }

    /** Keeps the earliest {@link #LINES_PER_MODEL} (block, line) pairs of a model. */
    private void addLine(int model, long block, long line) {
        if (model >= modelLineCount.length) {
            int n = Math.max(model + 1, modelLineCount.length * 2);
            modelLineCount = Arrays.copyOf(modelLineCount, n);
            modelLines = Arrays.copyOf(modelLines, n);
        }
        if (modelLines[model] == null) {
            modelLines[model] = new long[2 * LINES_PER_MODEL];
        }
        long[] l = modelLines[model];
        int c = modelLineCount[model];
        int at = c;
        while (at > 0 && (l[2 * at - 2] > block || (l[2 * at - 2] == block && l[2 * at - 1] > line))) {
            at--;
        }
        if (at >= LINES_PER_MODEL) {
            return;
        }
        int keep = Math.min(c, LINES_PER_MODEL - 1);
        for (int k = keep; k > at; k--) {
            l[2 * k] = l[2 * k - 2];
            l[2 * k + 1] = l[2 * k - 1];
        }
        l[2 * at] = block;
        l[2 * at + 1] = line;
        modelLineCount[model] = Math.min(c + 1, LINES_PER_MODEL);
    }

    static long key(long bucket, int feature, int model, int band, boolean failed) {
        return bucket << 32 | (long) feature << 20 | (long) model << 8 | (long) band << 1 | (failed ? 1 : 0);
    }

    private int slot(long bucket, int feature, int model, int band, boolean failed) {
        if (bucket < Integer.MIN_VALUE || bucket > Integer.MAX_VALUE) {
            throw new DriftLimitException("a timestamp far outside any log's range (bucket " + bucket + ")");
        }
        long key = key(bucket, feature, model, band, failed);
        if (key == lastKey) {
            return lastSlot;
        }
        int mask = keys.length - 1;
        int h = (int) mix(key) & mask;
        while (keys[h] != EMPTY) {
            if (keys[h] == key) {
                lastKey = key;
                lastSlot = h;
                return h;
            }
            h = (h + 1) & mask;
        }
        if (cells >= MAX_CELLS) {
            throw new DriftLimitException("more than " + MAX_CELLS + " (feature, model, " + "bucket) combinations");
        }
        keys[h] = key;
        cells++;
        if (cells * 2 > keys.length) {
            grow();
            return slot(bucket, feature, model, band, failed);
        }
        lastKey = key;
        lastSlot = h;
        return h;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] ok = keys;
        double[] os = sums;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        sums = new double[keys.length * FIELDS];
        int mask = keys.length - 1;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                int h = (int) mix(ok[i]) & mask;
                while (keys[h] != EMPTY) {
                    h = (h + 1) & mask;
                }
                keys[h] = ok[i];
                System.arraycopy(os, i * FIELDS, sums, h * FIELDS, FIELDS);
            }
        }
        lastKey = EMPTY;
        lastSlot = -1;
    }

    /** Visits every cell: key parts and its sums (requests, input, cached, write, output, billed, billed requests). */
    void forEach(CellVisitor v) {
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k != EMPTY) {
                v.cell(k >> 32, (int) (k >>> 20 & 0xFFF), (int) (k >>> 8 & 0xFFF), (int) (k >>> 1 & 0x7F), (k & 1) == 1,
                        sums, i * FIELDS);
            }
        }
    }

    interface CellVisitor {
        void cell(long bucket, int feature, int model, int band, boolean failed, double[] sums, int offset);
    }

    /** Adds another worker's cells (names matched by text). */
    void merge(DriftSink o) {
        int[] fmap = new int[o.features.names.size()];
        for (int i = 0; i < fmap.length; i++) {
            fmap[i] = features.name(o.features.names.get(i));
        }
        int[] mmap = new int[o.models.names.size()];
        for (int i = 0; i < mmap.length; i++) {
            mmap[i] = models.name(o.models.names.get(i));
        }
        o.forEach((bucket, feature, model, band, failed, s, off) -> {
            int f = slot(bucket, fmap[feature], mmap[model], band, failed) * FIELDS;
            for (int x = 0; x < FIELDS; x++) {
                sums[f + x] += s[off + x];
            }
        });
        for (int m = 0; m < Math.min(mmap.length, o.modelLineCount.length); m++) {
            for (int c = 0; c < o.modelLineCount[m]; c++) {
                addLine(mmap[m], o.modelLines[m][2 * c], o.modelLines[m][2 * c + 1]);
            }
        }
        rowsUsed += o.rowsUsed;
        anyCost |= o.anyCost;
        anyCache |= o.anyCache;
        anyStatus |= o.anyStatus;
        features.pooled |= o.features.pooled;
        models.pooled |= o.models.pooled;
    }

    int cells() {
        return cells;
    }

    /** Thrown from a worker when a read would outgrow its memory bound. */
    static final class DriftLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DriftLimitException(String message) {
            super(message);
        }
    }
}
