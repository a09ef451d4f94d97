package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.cp1ki.engine.Fixtures.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hand-worked managed-API cases: 1,000 input and 100 output tokens, 1,000 inferences/day, 30 days. */
class ApiPricingTest {

    static Stream<Arguments> cases() {
        CommonCosts none = CommonCosts.NONE;
        return Stream.of(
                Arguments.of("plain prices: (1000 x 1 + 100 x 10) / 1e6", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0), none, 1000, 0.002),
                Arguments.of("half the input read from cache at 0.10", api(1, 10, 0.1, 1, 0.5, 0, 0, 0.5, 0, 0), none, 1000, 0.00155),
                Arguments.of("a fifth of the input written to cache at 1.25", api(1, 10, 1, 1.25, 0, 0.2, 0, 0.5, 0, 0), none, 1000, 0.00205),
                Arguments.of("40% of requests batched at half price", api(1, 10, 1, 1, 0, 0, 0.4, 0.5, 0, 0), none, 1000, 0.0016),
                Arguments.of("a 5.5% platform fee", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0.055, 0), none, 1000, 0.00211),
                Arguments.of("a fee of $0.0001 per request", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0.0001), none, 1000, 0.0021),
                Arguments.of("cache, batch and fees stack multiplicatively", api(1, 10, 0.1, 1.25, 0.5, 0.2, 0.4, 0.5, 0.055, 0.0001),
                        none, 1000, 0.0014504),
                Arguments.of("input exactly at the long-context threshold pays base prices", tiered(), none, 1000, 0.002),
                Arguments.of("one token above the threshold pays long-context prices for the whole request", tiered(), none, 1001,
                        (1001 * 2 + 100 * 15) / 1e6),
                Arguments.of("a 20% failure rate costs 1.25 attempts", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        Fixtures.common(0, 0, 0, 0, 0, 12, 0, 0.2), 1000, 0.0025),
                Arguments.of("processing extras of $0.50 per 1,000 are added once", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        Fixtures.common(0, 0, 0, 0, 0, 12, 0.5, 0.2), 1000, 0.0025 + 0.0005),
                Arguments.of("retrieval and guardrail extras per inference", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        new CommonCosts(0, 0, 0, 0, 0, 0, 0, 0, 12, 2, 0.0001, 1, 0.0003, 0, 0), 1000, 0.0025),
                Arguments.of("a $12,000 one-off amortised over 12 months adds $1,000 a month", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        Fixtures.common(0, 0, 0, 0, 12_000, 12, 0, 0), 1000, 0.002 + 1000 / 30_000.0),
                Arguments.of("4 engineer hours at $150 plus $200 on-call a month", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        Fixtures.common(0, 4, 150, 200, 0, 12, 0, 0), 1000, 0.002 + 800 / 30_000.0),
                Arguments.of("$300 fixed storage a month", api(1, 10, 1, 1, 0, 0, 0, 0.5, 0, 0),
                        Fixtures.common(300, 0, 0, 0, 0, 12, 0, 0), 1000, 0.002 + 0.01));
    }

    private static ManagedApi tiered() {
        return new ManagedApi("P", "M", 1, 10, 1, 1, 0, 0, 0, 0.5, new LongContextTier(1000, 2, 15, 2, 2), 0, 0, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void costPerInferenceMatchesTheHandWorkedValue(String why, ManagedApi api, CommonCosts common, double inputTokens,
                                                   double expected) {
        Workload w = new Workload("w", 1000, new TypedMeans(inputTokens, 100), null, 1);
        StackResult r = Fixtures.only(w, new Stack("s", true, api, common));
        assertEquals(expected, r.costPerInference(), 1e-12 * Math.max(1, expected));
        assertEquals(1000 * expected, r.cp1ki(), 1e-9);
        assertEquals(expected * 30_000, r.monthlyCost(), 1e-8);
    }
}
