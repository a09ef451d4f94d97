package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressAndCancelTest {
    @TempDir
    Path dir;

    private Path bigFile() throws Exception {
        StringBuilder b = new StringBuilder("input_tokens,output_tokens\n");
        for (int i = 0; i < 600_000; i++) {
            b.append(i % 9000).append(',').append(i % 300).append('\n');
        }
        return Files.writeString(dir.resolve("big.csv"), b);
    }

    @Test
    void progressRisesToTheFileSize() throws Exception {
        Path p = bigFile();
        long size = Files.size(p);
        List<long[]> calls = new CopyOnWriteArrayList<>();
        TokenImport.importFile(p, ImportOptions.defaults(), (read, total) -> calls.add(new long[] {read, total}), () -> false);
        assertTrue(calls.size() >= 3, "about once per MiB: " + calls.size());
        for (int k = 1; k < calls.size(); k++) {
            assertTrue(calls.get(k)[0] >= calls.get(k - 1)[0]);
            assertEquals(size, calls.get(k)[1]);
        }
        assertEquals(size, calls.get(calls.size() - 1)[0]);
    }

    @Test
    void cancellingStopsTheImportWithACancellationException() throws Exception {
        Path p = bigFile();
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> TokenImport.importFile(p, ImportOptions.defaults(),
                ImportProgress.NONE, () -> polls.incrementAndGet() > 2));
        // the import threads are gone: a new import runs normally
        assertEquals(600_000, TokenImport.importFile(p, ImportOptions.defaults()).report().rowsUsed());
    }

    @Test
    void cancelIsAnsweredInsideALineLongerThanABlock() {
        // issue 9, item 14: the rest of an overlong line was read to its end (33 s for 5 GiB) before cancel was seen
        byte[] head = ("input_tokens,output_tokens\n" + "5,6\n".repeat(Sniffer.SAMPLE / 4)).getBytes();
        long lineBytes = 256L << 20;
        java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream in = new java.io.InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long at = read.get();
                if (at >= head.length + lineBytes) {
                    return -1;
                }
                int n = (int) Math.min(len, head.length + lineBytes - at);
                for (int i = 0; i < n; i++) {
                    long k = at + i;
                    b[off + i] = k < head.length ? head[(int) k] : (byte) 'x';
                }
                read.addAndGet(n);
                return n;
            }
        };
        assertThrows(CancellationException.class, () -> TokenImport.importStream(in, "endless line", -1,
                ImportOptions.defaults().withThreads(1), ImportProgress.NONE, () -> read.get() > head.length + (4L << 20)));
        assertTrue(read.get() < head.length + (16L << 20), "read " + read.get() + " bytes after cancel was asked");
    }
}
