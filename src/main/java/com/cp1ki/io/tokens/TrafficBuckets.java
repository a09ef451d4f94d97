package com.cp1ki.io.tokens;

/**
 * Request weight per clock hour and per clock minute, for the span, rate and peak-to-average of a
 * log. Memory is bounded: buckets live in maps keyed by bucket index, at most {@link #MAX_HOURS}
 * hours and {@link #MAX_MINUTES} minutes; past a cap that granularity is dropped (and reported as
 * not measured), never the rows. Consecutive rows in the same bucket are summed before touching
 * the map, so a time-ordered log costs one map update per minute, not per row.
 */
final class TrafficBuckets {
    static final int MAX_HOURS = 200_000;
    static final int MAX_MINUTES = 200_000;
    private static final long MINUTE = 60_000_000L;

    private BucketMap hours = new BucketMap(MAX_HOURS);
    private BucketMap minutes = new BucketMap(MAX_MINUTES);
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private double weight;
    private long curMinute = Long.MIN_VALUE;
    private double curWeight;
    /** The current minute as [curStart, curEnd) in micros; empty when there is none. */
    private long curStart = Long.MAX_VALUE;
    private long curEnd = Long.MIN_VALUE;

    void add(long micros, double w) {
        if (micros < first) {
            first = micros;
        }
        if (micros > last) {
            last = micros;
        }
        weight += w;
        if (micros >= curStart && micros < curEnd) { // the current minute, without a division per row
            curWeight += w;
            return;
        }
        flush();
        curMinute = Math.floorDiv(micros, MINUTE);
        curStart = curMinute * MINUTE;
        curEnd = curStart + MINUTE;
        curWeight = w;
    }

    private void flush() {
        if (curMinute == Long.MIN_VALUE) {
            return;
        }
        if (minutes != null && !minutes.add(curMinute, curWeight)) {
            minutes = null;
        }
        if (hours != null && !hours.add(Math.floorDiv(curMinute, 60), curWeight)) {
            hours = null;
        }
        curMinute = Long.MIN_VALUE;
        curStart = Long.MAX_VALUE;
        curEnd = Long.MIN_VALUE;
    }

    boolean isEmpty() {
        return first == Long.MAX_VALUE;
    }

    void merge(TrafficBuckets o) {
        flush();
        o.flush();
        if (o.isEmpty()) {
            return;
        }
        first = Math.min(first, o.first);
        last = Math.max(last, o.last);
        weight += o.weight;
        minutes = mergeMaps(minutes, o.minutes);
        hours = mergeMaps(hours, o.hours);
    }

    private static BucketMap mergeMaps(BucketMap a, BucketMap b) {
        if (a == null || b == null) {
            return null;
        }
        boolean[] ok = {true};
        b.forEach((k, v) -> ok[0] &= a.add(k, v));
        return ok[0] ? a : null;
    }

    /** The measured traffic, or null when no row had a timestamp. */
    Traffic toTraffic() {
        flush();
        if (isEmpty()) {
            return null;
        }
        double span = (last - first) / 1e6;
        Double rate = span > 0 ? weight / span : null;
        Double hourly = peakToAverage(hours, first, last, 3_600_000_000L);
        Double minute = peakToAverage(minutes, first, last, MINUTE);
        return new Traffic(first, last, span, weight, rate, hourly, minute,
                hours == null ? -1 : fullBuckets(first, last, 3_600_000_000L),
                minutes == null ? -1 : fullBuckets(first, last, MINUTE));
    }

    /** Index range [lo, hi] of the buckets that count as full, see {@link Traffic}. */
    static long[] fullRange(long first, long last, long width) {
        long lo = Math.floorDiv(first, width);
        long hi = Math.floorDiv(last, width);
        long slack = width / 60;
        if (first - lo * width >= slack) {
            lo++;
        }
        if ((hi + 1) * width - last > slack) {
            hi--;
        }
        return new long[] {lo, hi};
    }

    static long fullBuckets(long first, long last, long width) {
        long[] r = fullRange(first, last, width);
        return Math.max(0, r[1] - r[0] + 1);
    }

    private static Double peakToAverage(BucketMap map, long first, long last, long width) {
        if (map == null) {
            return null;
        }
        long[] r = fullRange(first, last, width);
        long n = r[1] - r[0] + 1;
        if (n < 2) {
            return null;
        }
        double[] sumMax = new double[2];
        map.forEach((k, v) -> {
            if (k >= r[0] && k <= r[1]) {
                sumMax[0] += v;
                sumMax[1] = Math.max(sumMax[1], v);
            }
        });
        if (sumMax[0] <= 0) {
            return null;
        }
        return sumMax[1] / (sumMax[0] / n);
    }
}
