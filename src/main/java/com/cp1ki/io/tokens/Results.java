package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.WeightedPercentiles;
import com.cp1ki.engine.model.TokenDistribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns what the pipeline accumulated into an {@link ImportResult}. */
final class Results {
    private Results() {
    }

    static String formatName(Layout l) {
        if (l.format() == ImportOptions.Format.JSONL) {
            return "jsonl";
        }
        return l.delimiter() == ',' ? "csv" : l.delimiter() == '\t' ? "tsv" : "text";
    }

    static ImportResult build(Layout layout, String source, boolean gzip, Accumulator acc, SkipTally skips,
                              long rowsRead, long blankLines) throws ImportException {
        if (acc.rowsUsed == 0) {
            if (rowsRead == 0) {
                throw new ImportException(source, -1, layout.header() ? "header only, no data rows" : "no data rows");
            }
            SkipReason top = skips.mostCommon();
            throw new ImportException(source, skips.firstLine(top), "no usable rows: all " + rowsRead
                    + " rows were skipped; most common: " + top.description());
        }
        TagState all = new TagState("all");
        List<TagResult> tags = new ArrayList<>();
        boolean tagged = layout.roles().contains(Role.TAG)
                || (layout.format() == ImportOptions.Format.JSONL && acc.tags().size() > 1);
        for (TagState s : acc.tags()) {
            if (s.isEmpty()) {
                continue;
            }
            all.merge(s);
            if (tagged) {
                TokenDistribution d = s.build();
                tags.add(new TagResult(s.name, s.rows, s.weight, d,
                        WeightedPercentiles.tokens(d, true), WeightedPercentiles.tokens(d, false)));
            }
        }
        tags.sort(Comparator.comparingDouble(TagResult::weight).reversed().thenComparing(TagResult::name));
        TokenDistribution d = all.build();
        Traffic traffic = acc.traffic().toTraffic();
        List<String> notes = new ArrayList<>();
        ImportOptions o = layout.options();
        if (!layout.roles().contains(Role.OUTPUT) && o.outputRatio() != null) {
            notes.add("output tokens = round(" + o.outputRatio() + " x input tokens) per request");
        }
        if (!layout.roles().contains(Role.OUTPUT) && o.outputMean() != null) {
            notes.add("output tokens = " + Math.round(o.outputMean()) + " per request (typed mean, rounded)");
        }
        if (acc.pooled()) {
            notes.add("more than " + Accumulator.MAX_TAGS + " tag values: the rest are pooled under " + Accumulator.OTHER);
        }
        if (traffic != null) {
            if (traffic.weight() < d.totalWeight()) {
                notes.add("rate and peaks count only the " + Math.round(traffic.weight()) + " requests with a timestamp");
            }
            if (traffic.fullHours() < 0 || traffic.fullMinutes() < 0) {
                notes.add("the log spans too many " + (traffic.fullHours() < 0 ? "hours" : "minutes")
                        + " to track; that peak-to-average is not measured");
            }
            if (traffic.peakToAverageHourly() == null && traffic.fullHours() >= 0) {
                notes.add("hourly peak-to-average needs two full clock hours; the log has " + traffic.fullHours());
            }
        }
        Map<Role, String> cols = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            if (r != Role.IGNORED && r != Role.MODEL && layout.columnOf(r) != null) {
                cols.put(r, layout.columnOf(r));
            }
        }
        long skipped = skips.total();
        if (skipped + acc.rowsUsed != rowsRead) {
            throw new IllegalStateException("row accounting broke: read " + rowsRead + ", used " + acc.rowsUsed
                    + ", skipped " + skipped);
        }
        ImportReport report = new ImportReport(source, formatName(layout), gzip, layout.delimiterName(), layout.header(),
                cols, rowsRead, acc.rowsUsed, blankLines, d.totalWeight(), skips.snapshot(),
                WeightedPercentiles.tokens(d, true), WeightedPercentiles.tokens(d, false), notes);
        return new ImportResult(d, tags, traffic, report);
    }
}
