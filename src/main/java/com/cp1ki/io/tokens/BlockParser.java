package com.cp1ki.io.tokens;

/** Parses one block of whole records into a {@link RowSink}. Implementations are stateless per call. */
interface BlockParser {

    /** Counts of one block; line numbers in {@link #skips} are relative to the block (first line = 1). */
    final class Result {
        long lines;
        long rowsRead;
        long blank;
        /** Lines a record spans beyond its first (a quoted cell with line breaks), while it is parsed. */
        long spanned;
        /** The line on which a quoted cell that is never closed starts, or 0. */
        long openQuote;
        final SkipTally skips = new SkipTally();
    }

    /**
     * Parses {@code b[off, end)}, which holds whole records (see {@link RecordEnds}; the last one may
     * lack its newline, or its closing quote, only at the end of input); the first {@code skipLines}
     * lines are not data (header).
     */
    void parse(byte[] b, int off, int end, int skipLines, RowSink acc, Result r);

    static BlockParser of(Layout layout) {
        return layout.format() == ImportOptions.Format.JSONL ? new JsonlParser(layout) : new DelimitedParser(layout);
    }
}
