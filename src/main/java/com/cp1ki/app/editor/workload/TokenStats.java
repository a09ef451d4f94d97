package com.cp1ki.app.editor.workload;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.dist.WeightedPercentiles;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.io.tokens.ImportReport;
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;
import com.cp1ki.io.tokens.Traffic;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Display rows for a token profile: the percentile table, the input-token histogram, the skipped rows. */
public final class TokenStats {

    /** One line of the percentile table. */
    public record Row(String statistic, String input, String output) {
    }

    /** One bar of the histogram: tokens in [from, to), and the share of requests there. */
    public record Bar(String label, double share) {
    }

    private TokenStats() {
    }

    public static List<Row> percentiles(TokenProfile p) {
        Summary in = WeightedPercentiles.tokens(p, true);
        Summary out = WeightedPercentiles.tokens(p, false);
        boolean typed = p instanceof com.cp1ki.engine.model.TypedMeans;
        return List.of(new Row("requests", typed ? "typed means" : count(in.count()), typed ? "typed means" : count(out.count())),
                new Row("mean", num(in.mean()), num(out.mean())),
                new Row("p50", num(in.p50()), num(out.p50())),
                new Row("p90", num(in.p90()), num(out.p90())),
                new Row("p95", num(in.p95()), num(out.p95())),
                new Row("p99", num(in.p99()), num(out.p99())),
                new Row("max", num(in.max()), num(out.max())));
    }

    /** Input tokens in power-of-two buckets (0–1, 1–2, 2–4, ... tokens), share of requests in each. */
    public static List<Bar> inputHistogram(TokenProfile p) {
        TreeMap<Integer, Double> w = new TreeMap<>();
        double total = 0;
        for (int k = 0; k < p.pointCount(); k++) {
            double v = p.pointInput(k);
            int b = v < 1 ? 0 : 64 - Long.numberOfLeadingZeros((long) v);
            w.merge(b, p.pointWeight(k), Double::sum);
            total += p.pointWeight(k);
        }
        List<Bar> bars = new ArrayList<>();
        if (w.isEmpty()) {
            return bars;
        }
        for (int b = w.firstKey(); b <= w.lastKey(); b++) {
            long from = b == 0 ? 0 : 1L << (b - 1);
            long to = 1L << b;
            bars.add(new Bar(short_(from) + "–" + short_(to), w.getOrDefault(b, 0.0) / total));
        }
        return bars;
    }

    /** Lines of the skipped-row report of an import: what was read and why rows were left out. */
    public static List<String> skipped(ImportReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s (%s%s): %,d rows read, %,d used, %,d skipped; columns %s",
                r.source(), r.format(), r.gzip() ? ", gzip" : "", r.rowsRead(), r.rowsUsed(), r.rowsSkipped(), columns(r)));
        for (Map.Entry<SkipReason, Skipped> e : new TreeMap<>(r.skipped()).entrySet()) {
            List<Long> at = e.getValue().firstLines();
            lines.add(String.format(Locale.ROOT, "  %,d × %s (first at line%s %s)", e.getValue().count(),
                    e.getKey().description(), at.size() == 1 ? "" : "s",
                    at.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        }
        lines.addAll(r.notes());
        return lines;
    }

    /**
     * The log's time span, rate and peaks, for the import report: "Time: 2023-11-16 00:00 to
     * 2023-11-23 00:02 UTC (7.0 days), 148.8 requests/s = 12,853,545 a day; busiest hour 1.61 × the
     * average hour, busiest minute 1.72 × the average minute". Empty without timestamps.
     */
    public static List<String> traffic(Traffic t) {
        if (t == null) {
            return List.of();
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneOffset.UTC);
        double s = t.spanSeconds();
        String span = s >= 2 * 86_400 ? String.format(Locale.ROOT, "%.1f days", s / 86_400)
                : s >= 2 * 3600 ? String.format(Locale.ROOT, "%.1f hours", s / 3600)
                : String.format(Locale.ROOT, "%.0f minutes", s / 60);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Time: %s to %s UTC (%s)",
                f.format(t.first()), f.format(t.last()), span));
        if (t.requestsPerSecond() != null) {
            double r = t.requestsPerSecond();
            String rate = r >= 1 ? String.format(Locale.ROOT, "%,.1f requests/s", r)
                    : r * 60 >= 1 ? String.format(Locale.ROOT, "%,.1f requests/minute", r * 60)
                    : String.format(Locale.ROOT, "%,.1f requests/hour", r * 3600);
            b.append(String.format(Locale.ROOT, ", %s = %,.0f a day", rate, t.requestsPerDay()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(b.toString());
        lines.add("Peak-to-average: busiest hour " + ratio(t.peakToAverageHourly(), "two full clock hours")
                + "; busiest minute " + ratio(t.peakToAverageMinute(), "two full minutes"));
        return lines;
    }

    private static String ratio(Double r, String needs) {
        return r == null ? "not measured (needs " + needs + ")" : String.format(Locale.ROOT, "%.2f × the average", r);
    }

    /** "input = input_tokens, output = output_tokens": each role and the column it was read from. */
    private static String columns(ImportReport r) {
        return r.columns().entrySet().stream()
                .map(e -> e.getKey().label() + " = " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String short_(long v) {
        if (v >= 1 << 20) {
            return (v >> 20) + "M";
        }
        if (v >= 1 << 10) {
            return (v >> 10) + "k";
        }
        return Long.toString(v);
    }

    private static String count(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }
}
