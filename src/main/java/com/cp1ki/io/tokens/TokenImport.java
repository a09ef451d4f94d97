package com.cp1ki.io.tokens;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Token-log import: turns pasted text, CSV/TSV files and JSON Lines request logs (each optionally
 * gzip-compressed, detected by its magic bytes) into the engine's token distributions, with an
 * import report, in bounded memory and on all cores.
 *
 * <h2>API for the workbench</h2>
 * <ul>
 *   <li>{@link #preview(Path, ImportOptions)} / {@link #preview(String, ImportOptions)}: the detected
 *       format, delimiter, header, column roles and first rows, from the first 256 KiB only;
 *       call it before importing to let the user check or change the columns.</li>
 *   <li>{@link #importFile(Path, ImportOptions, ImportProgress, BooleanSupplier)}: the full import.
 *       Blocking: run it off the UI thread. {@code progress} is called from the reading thread
 *       about once per MiB with bytes read and file size; {@code cancelled} is polled as often,
 *       and when it turns true the import stops with a {@link java.util.concurrent.CancellationException}.</li>
 *   <li>{@link #importText(String, ImportOptions)}: pasted text, on the calling thread.</li>
 *   <li>{@link #importStream}: any stream (stdin, a warehouse export piped in).</li>
 * </ul>
 * Each returns an {@link ImportResult}: the distribution of all rows, one per tag value when the
 * log has a tag column, the {@link Traffic} measured from timestamps (null without them), and the
 * {@link ImportReport}. A log that cannot be imported at all (empty, header only, binary, no
 * token column, or not a token log: no usable row, or over half of the first rows unusable)
 * throws one {@link ImportException} whose message names the source and, where it helps, the line.
 * Rows that are bad one by one are skipped, counted by {@link SkipReason} and located by line.
 *
 * <p>Threads: a reading thread plus one parser per core ({@link ImportOptions#threads()}); see
 * {@link Pipeline}. Everything here is safe to call from any thread; nothing is shared between calls.
 */
public final class TokenImport {
    /** A sample with at least this many rows is rejected when more than half are unusable. */
    static final int MIN_SAMPLE_ROWS = 100;
    private static final String PASTED = "pasted text";

    private TokenImport() {
    }

    /**
     * Checks a delimiter option: comma, tab, semicolon, pipe, space, or one ASCII character.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static void checkDelimiter(String d) {
        Sniffer.parseDelimiter(d);
    }

    public static ImportResult importFile(Path file, ImportOptions o) throws ImportException {
        return importFile(file, o, ImportProgress.NONE, () -> false);
    }

    public static ImportResult importFile(Path file, ImportOptions o, ImportProgress progress, BooleanSupplier cancelled)
            throws ImportException {
        String source = file.toString();
        long size;
        InputStream raw;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(source, -1, "is a directory, not a log file");
            }
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
            return importStream(raw, source, size, o, progress, cancelled);
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
    }

    public static ImportResult importText(String text, ImportOptions o) throws ImportException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return importStream(new ByteArrayInputStream(b), PASTED, b.length, o.withThreads(1), ImportProgress.NONE, () -> false);
    }

    /** Imports from a stream (not closed here); {@code totalBytes} is -1 when unknown. */
    public static ImportResult importStream(InputStream stream, String source, long totalBytes, ImportOptions o,
                                            ImportProgress progress, BooleanSupplier cancelled) throws ImportException {
        Counting counted = new Counting(stream);
        try {
            InputStream in = open(counted);
            boolean gzip = in instanceof GZIPInputStream;
            byte[] sample = new byte[Sniffer.SAMPLE];
            int n = readFully(in, sample);
            boolean eof = n < sample.length;
            if (n == 0) {
                throw new ImportException(source, -1, "the file is empty");
            }
            Layout layout = Sniffer.detect(sample, n, eof, o, source);
            checkSample(layout, sample, n, eof, source);
            int threads = eof ? 1 : o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
            Pipeline<Accumulator> p = new Pipeline<>(layout, threads, progress, counted.count::get, totalBytes, cancelled,
                    Accumulator::new, Accumulator::merge);
            Accumulator acc = p.run(sample, n, in);
            p.checkClosed(source);
            progress.progress(counted.count.get(), totalBytes);
            return Results.build(layout, source, gzip, acc, p.skips(), p.rowsRead, p.blankLines);
        } catch (ZipException | EOFException e) {
            throw new ImportException(source, -1, "gzip data is corrupt or truncated after " + counted.count.get()
                    + " bytes (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
    }

    /**
     * What importing {@code file} with {@code o} would read, from its first lines. Unlike an import,
     * a preview also succeeds when no input or output column was recognised: its roles then lack
     * {@link Role#INPUT} or {@link Role#OUTPUT}, so a front end can let the user pick the columns.
     */
    public static Preview preview(Path file, ImportOptions o) throws ImportException {
        String source = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            return preview(raw, source, o);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, -1, "no such file");
        } catch (IOException e) {
            throw new ImportException(source, -1, "cannot read: " + e.getMessage());
        }
    }

    public static Preview preview(String text, ImportOptions o) throws ImportException {
        try {
            return preview(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), PASTED, o);
        } catch (IOException e) {
            throw new ImportException(PASTED, -1, "cannot read: " + e.getMessage());
        }
    }

    private static Preview preview(InputStream raw, String source, ImportOptions o) throws IOException, ImportException {
        InputStream in = open(raw);
        byte[] sample = new byte[Sniffer.SAMPLE];
        int n = readFully(in, sample);
        if (n == 0) {
            throw new ImportException(source, -1, "the file is empty");
        }
        boolean eof = n < sample.length;
        Layout l = Sniffer.detect(sample, n, eof, o, source, false);
        List<List<String>> rows = new ArrayList<>();
        if (l.format() == ImportOptions.Format.JSONL) {
            List<String> lines = Sniffer.lines(sample, l.skipBytes(), n, eof);
            for (int i = l.skipLines(); i < lines.size() && rows.size() < 10; i++) {
                if (!lines.get(i).isBlank()) {
                    rows.add(List.of(lines.get(i)));
                }
            }
        } else {
            // records, not lines: a quoted cell with line breaks is one row (RFC 4180)
            int skipped = 0;
            for (Sniffer.Rec r : Sniffer.records(sample, l.skipBytes(), n, eof, RecordEnds.of(l))) {
                if (skipped < l.skipLines()) {
                    skipped += r.lines();
                } else if (rows.size() < 10 && !r.isBlank()) {
                    rows.add(Cells.split(r.text(), l.delimiter()));
                }
            }
        }
        return new Preview(Results.formatName(l), in instanceof GZIPInputStream, l.delimiterName(), l.header(),
                l.columns(), l.roles(), rows);
    }

    static InputStream open(InputStream raw) throws IOException {
        PushbackInputStream pb = new PushbackInputStream(raw, 2);
        byte[] magic = new byte[2];
        int n = readFully(pb, magic);
        if (n > 0) {
            pb.unread(magic, 0, n);
        }
        if (n == 2 && magic[0] == (byte) 0x1f && magic[1] == (byte) 0x8b) {
            return new GZIPInputStream(pb, 1 << 16);
        }
        return pb;
    }

    static int readFully(InputStream in, byte[] b) throws IOException {
        int n = 0;
        while (n < b.length) {
            int k = in.read(b, n, b.length - n);
            if (k < 0) {
                break;
            }
            n += k;
        }
        return n;
    }

    /** Stops early, with one error, on input that is not a token log. */
    private static void checkSample(Layout layout, byte[] sample, int n, boolean eof, String source)
            throws ImportException {
        int end = n;
        if (!eof) {
            // whole records only: a quoted cell may run past the sample
            RecordEnds ends = RecordEnds.of(layout);
            int from = Math.min(n, layout.skipBytes());
            int cut = ends.last(sample, from, n);
            end = cut < 0 ? from : cut;
        }
        BlockParser.Result r = new BlockParser.Result();
        Accumulator acc = new Accumulator();
        BlockParser.of(layout).parse(sample, layout.skipBytes(), end, layout.skipLines(), acc, r);
        long bad = r.rowsRead - acc.rowsUsed;
        SkipReason top = r.skips.mostCommon();
        // no skip reason: the sample's only rows end in a quote never closed, which the whole parse
        // refuses with the line where that cell starts (a better message than "not a token log")
        if (top != null && r.rowsRead > 0 && (acc.rowsUsed == 0 || (r.rowsRead >= MIN_SAMPLE_ROWS && bad * 2 > r.rowsRead))) {
            throw new ImportException(source, -1, "not a token log: " + bad + " of the first " + r.rowsRead
                    + " rows are unusable; most common: " + top.description() + " (first at line "
                    + r.skips.firstLine(top) + ")");
        }
    }

    /** Counts bytes read from the underlying (possibly compressed) stream, for progress. */
    static final class Counting extends FilterInputStream {
        final AtomicLong count = new AtomicLong();

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }
}
