package com.cp1ki.cli;

import com.cp1ki.engine.drift.DriftRule;
import com.cp1ki.engine.drift.DriftSettings;
import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.model.DriftSetup;
import com.cp1ki.io.tokens.DriftReadOptions;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.TokenImport;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The options of {@code cp1ki drift}: how to read the logs, the rule, and the name mappings. */
final class DriftArgs {
    static final Set<String> OPTIONS = Set.of("project", "window", "baseline", "threshold", "format", "min-requests",
            "floor", "warm-up", "mad", "last", "zone", "bucket", "map", "feature-map", "time-col", "feature-col",
            "model-col", "input-col", "output-col", "cached-col", "cost-col", "status-col", "count-col", "feature",
            "model", "as", "delimiter", "threads", "prices");
    static final Set<String> FLAGS = Set.of("same-weekday", "robust", "header", "no-header");

    final DriftReadOptions read;
    final DriftSettings settings;
    final String format;
    final Integer last;

    private DriftArgs(DriftReadOptions read, DriftSettings settings, String format, Integer last) {
        this.read = read;
        this.settings = settings;
        this.format = format;
        this.last = last;
    }

    static DriftArgs of(Arguments a, Set<String> flags) throws Arguments.UsageException {
        return of(a, flags, DriftSetup.DEFAULT);
    }

    /** The options over the project file's drift setup: an option given wins, else the file's value. */
    static DriftArgs of(Arguments a, Set<String> flags, DriftSetup file) throws Arguments.UsageException {
        String format = a.option("format").orElse("md");
        if (!Set.of("md", "json", "csv").contains(format)) {
            throw new Arguments.UsageException("unknown --format '" + format + "': use md, json or csv");
        }
        double window = hours(a, "window", file.windowHours());
        double baseline = hours(a, "baseline", file.baselineHours());
        double warmUp = hours(a, "warm-up", file.warmUpHours());
        String bucket = a.option("bucket").orElse(file.hourly() ? "hour" : null);
        if (bucket != null && !bucket.equals("day") && !bucket.equals("hour")) {
            throw new Arguments.UsageException("unknown --bucket '" + bucket + "': use day or hour");
        }
        boolean wholeDays = window % 24 == 0 && baseline % 24 == 0 && warmUp % 24 == 0;
        if ("day".equals(bucket) && !wholeDays) {
            throw new Arguments.UsageException("--bucket day needs --window, --baseline and --warm-up in whole days");
        }
        Granularity g = "hour".equals(bucket) || !wholeDays ? Granularity.HOUR : Granularity.DAY;
        int per = g == Granularity.DAY ? 24 : 1;
        DriftRule rule;
        try {
            rule = new DriftRule((int) (window / per), (int) (baseline / per), number(a, "threshold", file.threshold()),
                    number(a, "min-requests", file.minRequests()), number(a, "floor", file.floorUsd()), (int) (warmUp / per),
                    flags.contains("same-weekday") || file.sameWeekday(), flags.contains("robust") || file.robust(),
                    number(a, "mad", file.madK()), 0.01);
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(a.option("zone").orElse(file.zone()));
        } catch (DateTimeException e) {
            throw new Arguments.UsageException("unknown --zone '" + a.option("zone").orElse("") + "': use an IANA "
                    + "zone such as Europe/Paris, or UTC, or an offset such as +05:30");
        }
        Boolean header = flags.contains("header") ? Boolean.TRUE : flags.contains("no-header") ? Boolean.FALSE : null;
        ImportOptions cols = ImportOptions.defaults()
                .withColumns(a.option("input-col").orElse(null), a.option("output-col").orElse(null),
                        a.option("count-col").orElse(null), a.option("time-col").orElse(null),
                        a.option("feature-col").orElse(null))
                .withHeader(header).withDelimiter(a.option("delimiter").orElse(null));
        String as = a.option("as").orElse(null);
        if (as != null) {
            switch (as) {
                case "csv", "tsv", "text" -> cols = cols.withFormat(ImportOptions.Format.DELIMITED);
                case "jsonl", "json" -> cols = cols.withFormat(ImportOptions.Format.JSONL);
                default -> throw new Arguments.UsageException("unknown --as '" + as + "': use csv or jsonl");
            }
        }
        try {
            if (cols.delimiter() != null) {
                TokenImport.checkDelimiter(cols.delimiter());
            }
            if (a.option("threads").isPresent()) {
                cols = cols.withThreads((int) number(a, "threads", 0));
            }
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        DriftReadOptions read = DriftReadOptions.defaults().withColumns(cols)
                .withDetailColumns(a.option("model-col").orElse(null), a.option("cached-col").orElse(null),
                        a.option("cost-col").orElse(null), a.option("status-col").orElse(null))
                .withFixed(a.option("feature").orElse(null), a.option("model").orElse(null))
                .withZone(zone).withGranularity(g);
        Integer last = a.option("last").isPresent() ? (int) number(a, "last", 0) : null;
        if (last != null && last < 1) {
            throw new Arguments.UsageException("--last needs a number of windows >= 1");
        }
        Map<String, String> models = a.option("map").isPresent() ? pairs(a, "map") : file.models();
        Map<String, String> features = a.option("feature-map").isPresent() ? pairs(a, "feature-map") : file.features();
        return new DriftArgs(read, new DriftSettings(rule, models, features), format, last);
    }

    /** A duration option in hours: "1d", "30d", "6h", or a number of days. */
    static double hours(Arguments a, String name, double dflt) throws Arguments.UsageException {
        String v = a.option(name).orElse(null);
        if (v == null) {
            return dflt;
        }
        String t = v.strip().toLowerCase(java.util.Locale.ROOT);
        double unit = 24;
        if (t.endsWith("d")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unit = 1;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double n = Double.parseDouble(t);
            double h = n * unit;
            if (!(h >= 1) || h != Math.rint(h) || h > 24 * 3660) {
                throw new NumberFormatException();
            }
            return h;
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--" + name + " needs a duration in whole hours or days such as 1d, "
                    + "30d or 6h, got '" + v + "'");
        }
    }

    private static double number(Arguments a, String name, double dflt) throws Arguments.UsageException {
        String v = a.option(name).orElse(null);
        if (v == null) {
            return dflt;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--" + name + " needs a number, got '" + v + "'");
        }
    }

    /** "a=b,c=d" as a map. */
    static Map<String, String> pairs(Arguments a, String name) throws Arguments.UsageException {
        Map<String, String> m = new LinkedHashMap<>();
        String v = a.option(name).orElse(null);
        if (v == null) {
            return m;
        }
        for (String part : v.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new Arguments.UsageException("--" + name + " takes NAME=TARGET pairs separated by commas, got '"
                        + part + "'");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }
}
