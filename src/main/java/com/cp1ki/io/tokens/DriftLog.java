package com.cp1ki.io.tokens;

import com.cp1ki.engine.drift.LogCell;
import com.cp1ki.engine.drift.LogData;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads request logs for drift: one streaming pass per file through the import's machinery
 * ({@link Sniffer}, {@link DelimitedParser}/{@link JsonlParser}, {@link Pipeline}, {@link Timestamps}),
 * into per (feature, model, bucket, band, outcome) sums ({@link DriftSink}): memory depends on
 * the number of features, models and days, never on the rows. Files may overlap in time and be in
 * any order; rows are counted in the bucket of their own timestamp, in the chosen time zone.
 *
 * <p>Blocking: run it off the UI thread. {@code progress} gets bytes read over all files;
 * {@code cancelled} is polled about once per MiB and stops the read with a
 * {@link java.util.concurrent.CancellationException}.
 */
public final class DriftLog {
    private DriftLog() {
    }

    public static DriftRead read(List<Path> files, DriftReadOptions o) throws ImportException {
        return read(files, o, ImportProgress.NONE, () -> false);
    }

    /** Reads one stream (stdin, a warehouse export piped in); {@code size} is -1 when unknown. */
    public static DriftRead readStream(InputStream in, String source, long size, DriftReadOptions o,
                                       ImportProgress progress, BooleanSupplier cancelled) throws ImportException {
        FileResult r = readOne(in, source, size, o, progress, cancelled);
        return combine(List.of(source), List.of(r), o);
    }

    public static DriftRead read(List<Path> files, DriftReadOptions o, ImportProgress progress, BooleanSupplier cancelled)
            throws ImportException {
        if (files.isEmpty()) {
            throw new ImportException("drift", -1, "no log files given");
        }
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.isRegularFile(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // reported when the file is opened
            }
        }
        List<FileResult> results = new ArrayList<>();
        long done = 0;
        for (Path f : files) {
            long before = done;
            long size = total;
            FileResult r = readFile(f, o, (read, ignored) -> progress.progress(before + read, size), cancelled);
            done += r.bytes;
            results.add(r);
        }
        return combine(files.stream().map(Path::toString).toList(), results, o);
    }

    private static DriftRead combine(List<String> names, List<FileResult> results, DriftReadOptions o)
            throws ImportException {
        DriftSink all = null;
        List<DriftRead.FileReport> reports = new ArrayList<>();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        boolean cache = false;
        boolean cost = false;
        boolean status = false;
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            String f = names.get(i);
            reports.add(r.report);
            cache |= r.layout.cache() || r.sink.anyCache;
            cost |= r.layout.cost() || r.sink.anyCost;
            status |= r.layout.status() || r.sink.anyStatus;
            for (int m = 0; m < Math.min(r.sink.models.names.size(), r.sink.modelLineCount.length); m++) {
                List<String> l = lines.computeIfAbsent(r.sink.models.names.get(m), k -> new ArrayList<>());
                for (int c = 0; c < r.sink.modelLineCount[m] && l.size() < DriftSink.LINES_PER_MODEL; c++) {
                    l.add(f + ":" + (r.pipeline.blockStart(r.sink.modelLines[m][2 * c]) + r.sink.modelLines[m][2 * c + 1]));
                }
            }
            if (r.layout.sums() && o.thresholds().length > 0) {
                notes.add(f + " holds token sums per row, so its requests are priced at the base tier of any "
                        + "long-context prices");
            }
            if (all == null) {
                all = r.sink;
            } else {
                try {
                    all.merge(r.sink);
                } catch (DriftSink.DriftLimitException e) {
                    throw new ImportException(f.toString(), -1, "too much to hold: " + e.getMessage());
                }
            }
        }
        if (all.features.pooled) {
            notes.add("more than " + DriftSink.MAX_NAMES + " features: the rest are pooled under " + ByteNames.OTHER);
        }
        if (all.models.pooled) {
            notes.add("more than " + DriftSink.MAX_NAMES + " model names: the rest are pooled under " + ByteNames.OTHER);
        }
        List<LogCell> cells = new ArrayList<>(all.cells());
        all.forEach((bucket, feature, model, band, failed, s, off) -> cells.add(new LogCell(feature, model, bucket, band,
                failed, s[off], s[off + 1], s[off + 2], s[off + 3], s[off + 4], s[off + 5], s[off + 6])));
        cells.sort(java.util.Comparator.comparingLong(LogCell::bucket).thenComparingInt(LogCell::feature)
                .thenComparingInt(LogCell::model).thenComparingInt(LogCell::band)
                .thenComparing(LogCell::failed));
        LogData data = new LogData(o.granularity(), o.zone().getId(), all.features.names, all.models.names,
                o.thresholds(), cells, cache, status, cost);
        return new DriftRead(data, reports, lines, notes);
    }

    /**
     * What one feature's successful requests in a time window look like: its token distribution,
     * requests and traffic (null when it has no rows there), read in a second pass over the logs.
     */
    public record Window(com.cp1ki.engine.model.TokenDistribution distribution, double requests, Traffic traffic) {
    }

    /**
     * Reads {@code feature}'s successful requests with {@code fromMicros <= timestamp < toMicros}
     * (UTC microseconds) from the logs: what "update the workload from the last 30 days" sets.
     */
    public static Window window(List<Path> files, DriftReadOptions o, String feature, long fromMicros, long toMicros,
                                ImportProgress progress, BooleanSupplier cancelled) throws ImportException {
        Accumulator all = null;
        for (Path f : files) {
            String source = f.toString();
            try (InputStream raw = Files.newInputStream(f)) {
                InputStream in = TokenImport.open(raw);
                byte[] sample = new byte[Sniffer.SAMPLE];
                int n = TokenImport.readFully(in, sample);
                if (n == 0) {
                    continue;
                }
                boolean eof = n < sample.length;
                DriftLayouts.Drift layout = DriftLayouts.adjust(Sniffer.detect(sample, n, eof, o.columns(), source, false),
                        o, source);
                int threads = eof ? 1 : Runtime.getRuntime().availableProcessors();
                Pipeline<WindowSink> p = new Pipeline<>(layout.layout(), threads, progress, () -> 0, -1, cancelled,
                        () -> new WindowSink(feature, fromMicros, toMicros), WindowSink::merge);
                Accumulator acc = p.run(sample, n, in).inner;
                p.checkClosed(source);
                if (all == null) {
                    all = acc;
                } else {
                    all.merge(acc);
                }
            } catch (NoSuchFileException e) {
                throw new ImportException(source, -1, "no such file");
            } catch (IOException e) {
                throw new ImportException(source, -1, "cannot read: " + e.getMessage());
            }
        }
        if (all == null || all.rowsUsed == 0) {
            return new Window(null, 0, null);
        }
        TagState s = all.tags().stream().filter(t -> !t.isEmpty()).findFirst().orElseThrow();
        return new Window(s.build(), s.weight, all.traffic().toTraffic());
    }

    private record FileResult(DriftRead.FileReport report, DriftSink sink, DriftLayouts.Drift layout,
                              Pipeline<DriftSink> pipeline, long bytes) {
    }

    private static FileResult readFile(Path file, DriftReadOptions o, ImportProgress progress, BooleanSupplier cancelled)
            throws ImportException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(source, -1, "is a directory, not a log file");
        }
        long size;
        InputStream raw;
        try {
            size = Files.size(file);
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, -1, "no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException(source, -1, "permission denied");
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
        try (raw) {
            return readOne(raw, source, size, o, progress, cancelled);
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Reads one stream (not closed here); {@code size} is -1 when unknown. */
    private static FileResult readOne(InputStream raw, String source, long size, DriftReadOptions o,
                                      ImportProgress progress, BooleanSupplier cancelled) throws ImportException {
        TokenImport.Counting counted = new TokenImport.Counting(raw);
        try {
            InputStream in = TokenImport.open(counted);
            boolean gzip = in instanceof GZIPInputStream;
            byte[] sample = new byte[Sniffer.SAMPLE];
            int n = TokenImport.readFully(in, sample);
            if (n == 0) {
                throw new ImportException(source, -1, "the file is empty");
            }
            boolean eof = n < sample.length;
            Layout base = Sniffer.detect(sample, n, eof, o.columns(), source, false);
            DriftLayouts.Drift layout = DriftLayouts.adjust(base, o, source);
            DriftSink.Config config = new DriftSink.Config(o.zone(), o.granularity() == com.cp1ki.engine.drift.Granularity.DAY
                    ? 86_400_000_000L : 3_600_000_000L, o.thresholds(), layout.sums(), o.feature(), o.model());
            int threads = eof ? 1 : o.columns().threads() > 0 ? o.columns().threads() : Runtime.getRuntime().availableProcessors();
            AtomicLong position = counted.count;
            Pipeline<DriftSink> p = new Pipeline<>(layout.layout(), threads, progress, position::get, size, cancelled,
                    () -> new DriftSink(config), DriftSink::merge);
            DriftSink sink;
            try {
                sink = p.run(sample, n, in);
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof DriftSink.DriftLimitException limit) {
                    throw new ImportException(source, -1, "too much to hold: " + limit.getMessage()
                            + "; check the timestamps, or read fewer days at a time");
                }
                throw e;
            } catch (DriftSink.DriftLimitException limit) {
                throw new ImportException(source, -1, "too much to hold: " + limit.getMessage()
                        + "; check the timestamps, or read fewer days at a time");
            }
            p.checkClosed(source);
            progress.progress(position.get(), size);
            if (p.rowsRead == 0) {
                throw new ImportException(source, -1, base.header() ? "header only, no data rows" : "no data rows");
            }
            if (sink.rowsUsed == 0) {
                SkipReason top = p.skips().mostCommon();
                throw new ImportException(source, p.skips().firstLine(top), "no usable rows: all " + p.rowsRead
                        + " rows were skipped; most common: " + top.description());
            }
            Map<Role, String> cols = new EnumMap<>(Role.class);
            for (Role r : Role.values()) {
                String c = layout.layout().columnOf(r);
                if (r != Role.IGNORED && c != null) {
                    cols.put(r, c);
                }
            }
            DriftRead.FileReport report = new DriftRead.FileReport(source, Results.formatName(layout.layout()), gzip,
                    layout.sums(), cols, p.rowsRead, sink.rowsUsed, p.blankLines, p.skips().snapshot());
            return new FileResult(report, sink, layout, p, counted.count.get());
        } catch (ZipException | EOFException e) {
            throw new ImportException(source, -1, "gzip data is corrupt or truncated after " + counted.count.get()
                    + " bytes (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
    }
}
