package com.cp1ki.cli;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.io.tokens.ImportReport;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;
import com.cp1ki.io.tokens.TagResult;
import com.cp1ki.io.tokens.Traffic;

import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** The import report for people. */
final class ImportTextWriter {

    void write(ImportResult result, ImportCommand.Into into, PrintStream out) {
        ImportReport r = result.report();
        out.printf(Locale.ROOT, "%s: %s%s%s%n", r.source(), r.format(), r.gzip() ? " (gzip)" : "",
                r.delimiter() == null ? "" : ", " + r.delimiter() + "-separated" + (r.header() ? ", with header" : ", no header"));
        out.println("columns: " + r.columns().entrySet().stream()
                .map(e -> e.getKey().label() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "rows read %,d, used %,d, skipped %,d; requests (weight) %s%n",
                r.rowsRead(), r.rowsUsed(), r.rowsSkipped(), num(r.weight()));
        for (SkipReason reason : SkipReason.values()) {
            Skipped s = r.skipped().get(reason);
            if (s != null) {
                out.printf(Locale.ROOT, "  skipped %,d: %s (line%s %s%s)%n", s.count(), reason.description(),
                        s.firstLines().size() > 1 ? "s" : "",
                        s.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        s.count() > s.firstLines().size() ? ", ..." : "");
            }
        }
        out.printf(Locale.ROOT, "%-14s %10s %10s %10s %10s %10s %10s%n", "tokens/request", "mean", "p50", "p90", "p95", "p99", "max");
        row(out, "input", r.input());
        row(out, "output", r.output());
        Traffic t = result.traffic();
        if (t != null) {
            out.printf(Locale.ROOT, "time: %s .. %s, span %s s, %s requests/s (%s/day)%n", t.first(), t.last(),
                    num(t.spanSeconds()), num(t.requestsPerSecond()), num(t.requestsPerDay()));
            out.printf(Locale.ROOT, "peak-to-average: hourly %s, per minute %s%n",
                    num(t.peakToAverageHourly()), num(t.peakToAverageMinute()));
        }
        for (TagResult tag : result.tags()) {
            out.printf(Locale.ROOT, "tag %s: %,d rows, weight %s, mean input %s, mean output %s, p95 input %s%n",
                    tag.name(), tag.rowsUsed(), num(tag.weight()), num(tag.input().mean()), num(tag.output().mean()),
                    num(tag.input().p95()));
        }
        for (String n : r.notes()) {
            out.println("note: " + n);
        }
        if (into != null) {
            out.printf(Locale.ROOT, "%s workload '%s' in %s: %s inferences/day, peak-to-average %s%n",
                    into.created() ? "added" : "replaced the tokens of", into.workload(), into.project(),
                    num(into.perDay()), num(into.peakToAverage()));
        }
    }

    private static void row(PrintStream out, String name, Summary s) {
        out.printf(Locale.ROOT, "%-14s %10s %10s %10s %10s %10s %10s%n", name, num(s.mean()), num(s.p50()), num(s.p90()),
                num(s.p95()), num(s.p99()), num(s.max()));
    }

    static String num(Double v) {
        if (v == null) {
            return "n/a";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", v.longValue());
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.1f" : "%.3g", v);
    }

}
