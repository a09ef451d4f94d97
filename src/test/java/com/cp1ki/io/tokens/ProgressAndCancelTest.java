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
}
