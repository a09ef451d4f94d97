package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortDigitsTest {

    /** The plain byte-by-byte reading the eight-byte one must agree with. */
    private static long slow(byte[] b, int p) {
        long v = 0;
        int n = 0;
        while (n < 8 && b[p + n] >= '0' && b[p + n] <= '9') {
            v = v * 10 + (b[p + n] - '0');
            n++;
        }
        return n == 0 || n == 8 ? -1 : v << 8 | n;
    }

    @Test
    void eightBytesAtOnceReadTheSameLeadingDigitsAsOneByteAtATime() {
        SplittableRandom rnd = new SplittableRandom(7);
        byte[] alphabet = "0123456789,\n\r\" -.:/;ABC".getBytes();
        byte[] b = new byte[8];
        for (int i = 0; i < 500_000; i++) {
            for (int k = 0; k < 8; k++) {
                b[k] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256)
                        : rnd.nextInt(4) > 0 ? (byte) ('0' + rnd.nextInt(10)) : alphabet[rnd.nextInt(alphabet.length)];
            }
            assertEquals(slow(b, 0), Numbers.shortDigits(b, 0), () -> java.util.Arrays.toString(b));
        }
    }

    @Test
    void leadingZerosAndSevenDigitsAreRead() {
        assertEquals(7L << 8 | 3, Numbers.shortDigits("007,xxxx".getBytes(), 0));
        assertEquals(9_999_999L << 8 | 7, Numbers.shortDigits("9999999\n".getBytes(), 0));
        assertEquals(-1, Numbers.shortDigits("12345678".getBytes(), 0));
        assertEquals(-1, Numbers.shortDigits(",1234567".getBytes(), 0));
    }
}
