package com.cp1ki.engine.drift;

import com.cp1ki.engine.ApiCost;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One feature's log, bucket by bucket, priced: per bucket the {@link Sums} of each key (stack,
 * long-context or not, failed or not) and the bucket's totals over every request (unpriced ones
 * included). Prices come from the {@link PriceBook} at each bucket's date, through
 * {@link ApiCost#rates}.
 */
final class Series {
    final long first;
    final int buckets;
    /** Per key: the stack, whether long-context prices apply, whether failed. */
    final List<Stack> keyStack = new ArrayList<>();
    final List<Boolean> keyAbove = new ArrayList<>();
    final List<Boolean> keyFailed = new ArrayList<>();
    private final Map<Integer, Integer> keyIndex = new HashMap<>();
    /** [bucket offset][key], null where the key has no requests. */
    Sums[][] sums;
    final double[] requests;
    final double[] input;
    final double[] output;
    final double[] cachedAll;
    final double[] unpriced;
    final double[] failedAll;
    /** Whether the log had a cost column (billed amounts are then meaningful). */
    boolean costColumn;

    Series(long first, int buckets) {
        this.first = first;
        this.buckets = buckets;
        sums = new Sums[buckets][];
        requests = new double[buckets];
        input = new double[buckets];
        output = new double[buckets];
        cachedAll = new double[buckets];
        unpriced = new double[buckets];
        failedAll = new double[buckets];
    }

    int keys() {
        return keyStack.size();
    }

    int key(int stackIndex, Stack stack, boolean above, boolean failed) {
        int code = (stackIndex * 2 + (above ? 1 : 0)) * 2 + (failed ? 1 : 0);
        Integer k = keyIndex.get(code);
        if (k == null) {
            k = keyStack.size();
            keyIndex.put(code, k);
            keyStack.add(stack);
            keyAbove.add(above);
            keyFailed.add(failed);
        }
        return k;
    }

    Sums at(int offset, int key) {
        Sums[] row = sums[offset];
        if (row == null) {
            row = new Sums[Math.max(4, key + 1)];
            sums[offset] = row;
        }
        if (key >= row.length) {
            row = java.util.Arrays.copyOf(row, Math.max(key + 1, row.length * 2));
            sums[offset] = row;
        }
        if (row[key] == null) {
            row[key] = new Sums();
        }
        return row[key];
    }

    /** The sums of a key in a bucket, or null. */
    Sums get(int offset, int key) {
        Sums[] row = sums[offset];
        return row == null || key >= row.length ? null : row[key];
    }

    /** Builds every feature's series from the log cells. */
    static Series[] of(LogData log, Resolution res, List<Stack> stacks, PriceBook prices, long first, int buckets,
                       List<String> warnings) {
        Series[] out = new Series[log.features().size()];
        for (int f = 0; f < out.length; f++) {
            out[f] = new Series(first, buckets);
            out[f].costColumn = log.costColumn();
        }
        int[] modelStack = new int[log.models().size()];
        for (int m = 0; m < modelStack.length; m++) {
            modelStack[m] = res.modelStack[m] == null ? -1 : stacks.indexOf(res.modelStack[m]);
        }
        Map<Long, ManagedApi> dayPrices = new HashMap<>();
        for (LogCell c : log.cells()) {
            Series s = out[c.feature()];
            int o = (int) (c.bucket() - first);
            s.requests[o] += c.requests();
            s.input[o] += c.input();
            s.output[o] += c.output();
            s.cachedAll[o] += c.cached();
            if (c.failed()) {
                s.failedAll[o] += c.requests();
            }
            int si = modelStack[c.model()];
            if (si < 0) {
                s.unpriced[o] += c.requests();
                continue;
            }
            Stack stack = stacks.get(si);
            LocalDate day = log.granularity().date(c.bucket());
            ManagedApi api = dayPrices.computeIfAbsent(day.toEpochDay() * stacks.size() + si, k -> prices.on(stack, day));
            boolean above = false;
            if (api.longContext() != null) {
                long t = api.longContext().thresholdTokens();
                if (log.splitsAt(t)) {
                    above = log.bandFloor(c.band()) >= t;
                } else {
                    String w = "The long-context threshold of " + stack.name() + " (" + t + " input tokens) was not known "
                            + "when the logs were read, so its requests are priced at the base tier; read the logs again.";
                    if (!warnings.contains(w)) {
                        warnings.add(w);
                    }
                }
            }
            ApiCost.Rates r = ApiCost.rates(api, above);
            double cached = c.cached();
            double write = c.cacheWrite();
            if (!log.cacheColumn()) {
                cached = api.cacheReadShare() * c.input();
                write = api.cacheWriteShare() * c.input();
            }
            Sums x = s.at(o, s.key(si, stack, above, c.failed()));
            x.n += c.requests();
            x.in += c.input();
            x.cached += cached;
            x.write += write;
            x.out += c.output();
            x.costU += r.uncached() * (c.input() - cached - write);
            x.costC += r.cacheRead() * cached;
            x.costW += r.cacheWrite() * write;
            x.costO += r.output() * c.output();
            x.costF += r.perRequest() * c.requests();
            x.billed += c.billed();
            x.billedN += c.billedRequests();
        }
        return out;
    }

    /** The rates of a key on a bucket's date (for a period in which the key has no tokens of a kind). */
    ApiCost.Rates rates(int key, LocalDate day, PriceBook prices) {
        return ApiCost.rates(prices.on(keyStack.get(key), day), keyAbove.get(key));
    }
}
