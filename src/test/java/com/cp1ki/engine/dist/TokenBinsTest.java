package com.cp1ki.engine.dist;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBinsTest {

    @Test
    void countsBelow128HaveABinEach() {
        for (long v = 0; v < 128; v++) {
            assertEquals(v, TokenBins.binOf(v));
            assertEquals(v, TokenBins.lowerBound((int) v));
            assertEquals(v + 1, TokenBins.upperBoundExclusive((int) v));
        }
    }

    @Test
    void everyCountFallsInsideItsBinAndBinsAreContiguous() {
        Random r = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            long v = (long) Math.exp(r.nextDouble() * Math.log(TokenBins.MAX_VALUE));
            int b = TokenBins.binOf(v);
            assertTrue(TokenBins.lowerBound(b) <= v && v < TokenBins.upperBoundExclusive(b), "value " + v);
        }
        for (int b = 0; b < TokenBins.maxBin(); b++) {
            assertEquals(TokenBins.upperBoundExclusive(b), TokenBins.lowerBound(b + 1));
            assertEquals(b, TokenBins.binOf(TokenBins.lowerBound(b)));
        }
    }

    @Test
    void aBinIsNeverWiderThanOnePercentOfItsLowerBound() {
        for (int b = 128; b < TokenBins.maxBin(); b++) {
            long lo = TokenBins.lowerBound(b);
            long width = TokenBins.upperBoundExclusive(b) - lo;
            assertTrue(width <= lo / 100.0, "bin " + b);
        }
    }

    @Test
    void negativeAndHugeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenBins.binOf(-1));
        assertThrows(IllegalArgumentException.class, () -> TokenBins.binOf(TokenBins.MAX_VALUE + 1));
    }
}
