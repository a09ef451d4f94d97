package com.cp1ki.engine;

import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import static com.cp1ki.engine.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference table of cost-model.md (seed 004's worked example), to the cent. */
class ReferenceCasesTest {
    private final Report report = CostEngine.report(Fixtures.seed());

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    @Test
    void haikuCostsThreePointZeroFourPerThousand() {
        StackResult r = result(report, "document_summariser", "Claude Haiku 3.5");
        assertEquals(0.00304, r.costPerInference(), 1e-12);
        assertEquals(3.04, cents(r.cp1ki()));
        assertEquals(30.40, cents(r.dailyCost()));
        assertEquals(912.00, cents(r.monthlyCost()));
        assertEquals(300_000, r.monthlyInferences());
    }

    @Test
    void gpt4oCostsEightFiftyPerThousand() {
        StackResult r = result(report, "document_summariser", "GPT-4o");
        assertEquals(0.0085, r.costPerInference(), 1e-12);
        assertEquals(8.50, cents(r.cp1ki()));
        assertEquals(85.00, cents(r.dailyCost()));
        assertEquals(2550.00, cents(r.monthlyCost()));
    }

    @Test
    void llamaOnOneReservedG5CostsOneFiftyNinePerThousand() {
        StackResult r = result(report, "document_summariser", "Llama 3 70B");
        assertEquals(476.28, cents(r.monthlyCost()));
        assertEquals(1.59, cents(r.cp1ki()));
        assertEquals(1, r.instances());
        assertEquals(464.28, cents(r.monthly().gpu()));
        assertEquals(12.00, cents(r.monthly().fixed()));
    }

    @Test
    void haikuExplanationReadsLikeTheSeed() {
        StackResult r = result(report, "document_summariser", "Claude Haiku 3.5");
        Explanation e = r.explanations().get(0);
        assertEquals("cost per inference", e.quantity());
        assertEquals("(I x p_in + O x p_out) / 1,000,000", e.formula());
        assertEquals("(1,800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304", e.substituted());
        assertTrue(has(r, "CP1Ki", "$0.00304 x 1,000 = $3.04"));
        assertTrue(has(r, "monthly cost", "$0.00304 x 300,000 = $912.00"));
        assertTrue(has(r, "daily cost", "$912.00 / 30 = $30.40"));
    }

    @Test
    void gpuExplanationShowsFleetCostAndCp1ki() {
        StackResult r = result(report, "document_summariser", "Llama 3 70B");
        assertTrue(has(r, "monthly GPU cost", "1 x $0.636 x 730 = $464.28"));
        assertTrue(has(r, "monthly cost", "$464.28 + $12.00 = $476.28"));
        assertTrue(has(r, "CP1Ki", "$476.28 / 300,000 x 1,000 = $1.59"));
    }

    @Test
    void seedFleetWithoutThroughputIsReportedAsAWarning() {
        assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals("throughput-unset")));
    }

    private static boolean has(StackResult r, String quantity, String substituted) {
        return r.explanations().stream().anyMatch(e -> e.quantity().equals(quantity) && e.substituted().equals(substituted));
    }
}
