package com.cp1ki.io.tokens;

/**
 * Progress of an import: bytes of the file read so far (compressed bytes for a gzip file) out of
 * its size (-1 when unknown, e.g. a stream). Called from the reading thread, about once per MiB;
 * an implementation must be thread-safe and quick (a UI hands the numbers to its own thread).
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (read, total) -> { };

    void progress(long bytesRead, long totalBytes);
}
