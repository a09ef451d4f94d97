package com.cp1ki.io.tokens;

import com.cp1ki.engine.model.TokenDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Importing rows and importing their GROUP BY counts give the same distribution. */
class AggregationPropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void rowsAndTheirPreAggregatedCountsGiveTheSameDistribution(long seed) throws Exception {
        Random rnd = new Random(seed);
        int n = 500 + rnd.nextInt(30_000);
        StringBuilder rows = new StringBuilder("input_tokens,output_tokens\n");
        Map<String, Integer> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long in = (long) Math.exp(rnd.nextDouble() * 12);
            long out = rnd.nextInt(4) == 0 ? 0 : (long) Math.exp(rnd.nextDouble() * 7);
            rows.append(in).append(',').append(out).append('\n');
            groups.merge(in + "," + out, 1, Integer::sum);
        }
        StringBuilder agg = new StringBuilder("input,output,count\n");
        groups.forEach((k, c) -> agg.append(k).append(',').append(c).append('\n'));
        TokenDistribution a = TokenImport.importText(rows.toString(), ImportOptions.defaults()).distribution();
        TokenDistribution b = TokenImport.importText(agg.toString(), ImportOptions.defaults()).distribution();
        assertEquals(a.totalWeight(), b.totalWeight(), 0);
        assertEquals(a.sumInput(), b.sumInput(), 0);
        assertEquals(a.sumOutput(), b.sumOutput(), 0);
        assertEquals(a.maxInput(), b.maxInput());
        assertEquals(a.maxOutput(), b.maxOutput());
        assertEquals(a.cellCount(), b.cellCount());
        for (int k = 0; k < a.cellCount(); k++) {
            assertEquals(a.cellInBin(k), b.cellInBin(k));
            assertEquals(a.cellOutBin(k), b.cellOutBin(k));
            assertEquals(a.cellWeight(k), b.cellWeight(k), 0);
            assertEquals(a.cellSumInput(k), b.cellSumInput(k), 0);
            assertEquals(a.cellSumOutput(k), b.cellSumOutput(k), 0);
        }
        ImportReport ra = TokenImport.importText(rows.toString(), ImportOptions.defaults()).report();
        ImportReport rb = TokenImport.importText(agg.toString(), ImportOptions.defaults()).report();
        if (!a.hasRows() && !b.hasRows()) {
            assertEquals(ra.input(), rb.input());
            assertEquals(ra.output(), rb.output());
        } else {
            assertEquals(ra.input().p50(), rb.input().p50(), 0);
            assertEquals(ra.input().p99(), rb.input().p99(), 0);
            assertEquals(ra.output().p90(), rb.output().p90(), 0);
        }
    }
}
