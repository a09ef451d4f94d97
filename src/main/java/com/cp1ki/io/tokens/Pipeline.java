package com.cp1ki.io.tokens;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Reads a log in blocks of whole lines and parses them on worker threads, in bounded memory.
 *
 * <p>The calling thread reads 1 MiB blocks, cuts each at its last record end (a newline outside
 * a quoted cell, found by {@link RecordEnds}; the partial record moves to the next block) and
 * queues it; each worker parses blocks into its own sink (an {@link Accumulator} for an import, a
 * {@link DriftSink} for a drift read), always starting outside a quote.
 * Block results (row counts, skipped rows with block-relative line numbers, the block's line
 * count) are merged in block order, so every line number is the line's number in the file.
 * Memory: (2 x threads + 2) buffers of 1 MiB plus one accumulator per thread, whatever the size
 * of the log. A record longer than a block is counted as too long and discarded unread (its lines
 * still counted). A quoted cell still open at the end of the input makes {@link #checkClosed}
 * refuse the whole read.
 */
final class Pipeline<S extends RowSink> {
    static final int BLOCK = 1 << 20;

    private final Layout layout;
    private final BlockParser parser;
    private final int threads;
    private final ImportProgress progress;
    private final LongSupplier position;
    private final long total;
    private final BooleanSupplier cancelled;
    private final java.util.function.Supplier<S> sinks;
    private final java.util.function.BiConsumer<S, S> merge;
    /** The line number before each block, in block order (a sink maps its block-relative lines with it). */
    private final List<Long> blockStarts = new ArrayList<>();

    private final SkipTally skips = new SkipTally();
    private final Map<Long, BlockParser.Result> pending = new HashMap<>();
    private long nextSeq;
    private long lineOffset;
    /** The line on which a quoted cell that is never closed starts, or 0. */
    private long openQuoteLine;
    long rowsRead;
    long blankLines;

    Pipeline(Layout layout, int threads, ImportProgress progress, LongSupplier position, long total,
             BooleanSupplier cancelled, java.util.function.Supplier<S> sinks, java.util.function.BiConsumer<S, S> merge) {
        this.sinks = sinks;
        this.merge = merge;
        this.layout = layout;
        this.parser = BlockParser.of(layout);
        this.threads = threads;
        this.progress = progress;
        this.position = position;
        this.total = total;
        this.cancelled = cancelled;
    }

    private static final class Item {
        final long seq;
        final byte[] buf;
        final int off;
        final int len;
        final boolean overlong;
        /** An overlong record: the lines it spans, and whether its quote is still open at the end of input. */
        final long lines;
        final boolean open;

        Item(long seq, byte[] buf, int off, int len) {
            this(seq, buf, off, len, false, 0, false);
        }

        Item(long seq, byte[] buf, int off, int len, boolean overlong, long lines, boolean open) {
            this.seq = seq;
            this.buf = buf;
            this.off = off;
            this.len = len;
            this.overlong = overlong;
            this.lines = lines;
            this.open = open;
        }
    }

    private static final Item POISON = new Item(-1, null, 0, 0);

    SkipTally skips() {
        return skips;
    }

    /** Total lines read so far (merged blocks). */
    long lines() {
        return lineOffset;
    }

    /** The line number before block {@code seq} (its first line is this + 1), once every block is merged. */
    long blockStart(long seq) {
        return blockStarts.get((int) seq);
    }

    /**
     * Refuses a read that ended inside a quoted cell: nothing of it may be used, since the rows
     * after the stray quote were read as one cell.
     */
    void checkClosed(String source) throws ImportException {
        if (openQuoteLine > 0) {
            throw new ImportException(source, openQuoteLine, "the quoted cell that starts on line " + openQuoteLine
                    + " is never closed: every line after it would be part of that cell; close the quote"
                    + " (a quote inside a quoted cell is written twice: \"\")");
        }
    }

    /** Parses {@code first[0, firstLen)} and then the rest of {@code in}; returns the merged accumulator. */
    S run(byte[] first, int firstLen, InputStream in) throws IOException {
        int nBuf = threads <= 1 ? 2 : 2 * threads + 2;
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(nBuf);
        for (int i = 0; i < nBuf; i++) {
            free.add(new byte[BLOCK]);
        }
        BlockingQueue<Item> work = new ArrayBlockingQueue<>(nBuf + 1);
        List<S> accs = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        S inline = sinks.get();
        accs.add(inline);
        if (threads > 1) {
            for (int t = 0; t < threads; t++) {
                S acc = sinks.get();
                accs.add(acc);
                Thread th = new Thread(() -> work(work, free, acc, failure), "token-import-" + t);
                th.setDaemon(true);
                workers.add(th);
                th.start();
            }
        }
        try {
            produce(first, firstLen, in, free, work, inline, failure);
        } finally {
            for (int t = 0; t < workers.size(); t++) {
                putUninterruptibly(work, POISON);
            }
            for (Thread th : workers) {
                joinUninterruptibly(th);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("token import failed: " + failure.get(), failure.get());
        }
        S all = accs.get(0);
        for (int i = 1; i < accs.size(); i++) {
            merge.accept(all, accs.get(i));
        }
        return all;
    }

    private void produce(byte[] first, int firstLen, InputStream in, BlockingQueue<byte[]> free,
                         BlockingQueue<Item> work, S inline, AtomicReference<Throwable> failure)
            throws IOException {
        byte[] cur = take(free);
        int skip = layout.skipBytes();
        int len = firstLen - skip;
        System.arraycopy(first, skip, cur, 0, len);
        RecordEnds ends = RecordEnds.of(layout);
        int from = afterLines(cur, len, layout.skipLines()); // the header is read as lines
        long seq = 0;
        boolean eof = false;
        while (true) {
            while (len < BLOCK && !eof) {
                int n = in.read(cur, len, BLOCK - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("import cancelled");
            }
            if (failure.get() != null) {
                return;
            }
            progress.progress(position.getAsLong(), total);
            if (eof) {
                submit(new Item(seq++, cur, 0, len), work, free, inline);
                return;
            }
            ends.reset();
            int cut = ends.last(cur, from, len);
            if (cut < 0 && from > 0) {
                cut = from;
            }
            from = 0;
            if (cut < 0) {
                // a record longer than a block: discard the rest of it, counting its lines, still
                // answering cancel and showing progress
                len = 0;
                boolean open = false;
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import cancelled");
                    }
                    progress.progress(position.getAsLong(), total);
                    int n = in.read(cur, 0, BLOCK);
                    if (n < 0) {
                        eof = true;
                        open = ends.inQuote();
                        break;
                    }
                    int k = ends.first(cur, 0, n);
                    if (k >= 0) {
                        System.arraycopy(cur, k, cur, 0, n - k);
                        len = n - k;
                        break;
                    }
                }
                submit(new Item(seq++, null, 0, 0, true, 1 + ends.innerNewlines(), open), work, free, inline);
                continue;
            }
            byte[] next = take(free);
            int rest = len - cut;
            System.arraycopy(cur, cut, next, 0, rest);
            submit(new Item(seq++, cur, 0, cut), work, free, inline);
            cur = next;
            len = rest;
        }
    }

    /** The index after the first {@code lines} lines of {@code b[0, len)} (or len). */
    private static int afterLines(byte[] b, int len, int lines) {
        int p = 0;
        for (int i = 0; i < lines && p < len; i++) {
            while (p < len && b[p] != '\n') {
                p++;
            }
            p = p < len ? p + 1 : p;
        }
        return p;
    }

    private void submit(Item item, BlockingQueue<Item> work, BlockingQueue<byte[]> free, S inline) {
        if (threads <= 1) {
            complete(item.seq, parse(item, inline));
            if (item.buf != null) {
                free.add(item.buf);
            }
        } else {
            putUninterruptibly(work, item);
        }
    }

    private void work(BlockingQueue<Item> work, BlockingQueue<byte[]> free, S acc,
                      AtomicReference<Throwable> failure) {
        while (true) {
            Item item;
            try {
                item = work.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (item == POISON) {
                return;
            }
            try {
                if (failure.get() == null) {
                    complete(item.seq, parse(item, acc));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                if (item.buf != null) {
                    free.add(item.buf);
                }
            }
        }
    }

    private BlockParser.Result parse(Item item, S acc) {
        BlockParser.Result r = new BlockParser.Result();
        acc.startBlock(item.seq);
        if (item.overlong) {
            r.lines = item.lines;
            r.rowsRead = 1;
            r.skips.add(SkipReason.LINE_TOO_LONG, 1);
            r.openQuote = item.open ? 1 : 0;
        } else {
            parser.parse(item.buf, item.off, item.off + item.len, item.seq == 0 ? layout.skipLines() : 0, acc, r);
        }
        return r;
    }

    private synchronized void complete(long seq, BlockParser.Result r) {
        pending.put(seq, r);
        BlockParser.Result next;
        while ((next = pending.remove(nextSeq)) != null) {
            blockStarts.add(lineOffset);
            if (next.openQuote > 0 && openQuoteLine == 0) {
                openQuoteLine = lineOffset + next.openQuote;
            }
            skips.mergeLater(next.skips, lineOffset);
            lineOffset += next.lines;
            rowsRead += next.rowsRead;
            blankLines += next.blank;
            nextSeq++;
        }
    }

    private static byte[] take(BlockingQueue<byte[]> q) {
        while (true) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("import interrupted");
            }
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                q.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
