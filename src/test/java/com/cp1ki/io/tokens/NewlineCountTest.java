package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NewlineCountTest {
    @Test
    void eightBytesAtATimeCountsExactlyWhatAByteLoopCounts() {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] b = new byte[rnd.nextInt(300)];
            for (int i = 0; i < b.length; i++) {
                int k = rnd.nextInt(6);
                b[i] = (byte) (k == 0 ? '\n' : k == 1 ? 0x0B : k == 2 ? 0x8A : k == 3 ? 0x09 : rnd.nextInt(256));
            }
            int off = b.length == 0 ? 0 : rnd.nextInt(b.length);
            long naive = 0;
            for (int i = off; i < b.length; i++) {
                naive += b[i] == '\n' ? 1 : 0;
            }
            assertEquals(naive, JsonlParser.countNewlines(b, off, b.length));
        }
    }
}
