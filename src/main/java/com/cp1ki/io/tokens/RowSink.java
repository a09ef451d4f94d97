package com.cp1ki.io.tokens;

/**
 * Where a parser puts the rows it reads: the token import's {@link Accumulator}, or a drift read's
 * {@link DriftSink}. One per worker thread, merged at the end. A sink that returns a
 * {@link RowDetail} from {@link #detail()} also gets each row's model, cache, cost and status cells
 * through {@link #addDetailed}; the import's does not, so its parsers do no extra work.
 */
abstract class RowSink {
    /** The last date, hour and minute this worker parsed (kept across its blocks). */
    final Timestamps.Cache times = new Timestamps.Cache();

    /** Index of the tag whose UTF-8 bytes are {@code b[s, e)} (an empty span: the row has no tag). */
    abstract int tag(byte[] b, int s, int e);

    /** Index of a tag given as a String (JSON logs); null or empty: no tag. */
    abstract int tag(String name);

    /** Adds a good row. {@code micros} is {@link Timestamps#INVALID} when the row has no time. */
    abstract void add(int tag, long in, long out, double w, long micros);

    /** The holder the parsers fill with each row's detail cells, or null when this sink needs none. */
    RowDetail detail() {
        return null;
    }

    /**
     * Adds a row with its detail (instead of {@link #add}, when {@link #detail()} is not null).
     *
     * @param line the row's line within its block, for {@link #startBlock} bookkeeping
     * @return null when the row was used, else why it was not
     */
    SkipReason addDetailed(int tag, long in, long out, double w, long micros, RowDetail d, long line) {
        throw new UnsupportedOperationException("this sink reads no detail");
    }

    /** Called before each block is parsed into this sink, with the block's sequence number. */
    void startBlock(long seq) {
    }
}
