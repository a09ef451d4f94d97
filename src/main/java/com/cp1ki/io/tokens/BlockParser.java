package com.cp1ki.io.tokens;

/** Parses one block of whole lines into a {@link RowSink}. Implementations are stateless per call. */
interface BlockParser {

    /** Counts of one block; line numbers in {@link #skips} are relative to the block (first line = 1). */
    final class Result {
        long lines;
        long rowsRead;
        long blank;
        final SkipTally skips = new SkipTally();
    }

    /**
     * Parses {@code b[off, end)}, which holds whole lines (the last one may lack its newline only
     * at the end of input); the first {@code skipLines} lines are not data (header).
     */
    void parse(byte[] b, int off, int end, int skipLines, RowSink acc, Result r);

    static BlockParser of(Layout layout) {
        return layout.format() == ImportOptions.Format.JSONL ? new JsonlParser(layout) : new DelimitedParser(layout);
    }
}
