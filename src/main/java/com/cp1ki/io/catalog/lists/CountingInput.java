package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.tokens.ImportProgress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, reports progress about once per MiB and stops past the size limit. */
final class CountingInput extends FilterInputStream {

    /** Thrown when a file grows past the limit while it is read. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("more than " + (PriceLists.MAX_BYTES >> 20) + " MB");
        }
    }

    private final ImportProgress progress;
    private final long total;
    private long read;
    private long reported;

    CountingInput(InputStream in, long total, ImportProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > PriceLists.MAX_BYTES) {
            throw new TooLarge();
        }
        if (read - reported >= (1 << 20)) {
            reported = read;
            progress.progress(read, total);
        }
    }

    void done() {
        progress.progress(read, total);
    }
}
