package com.cp1ki.engine;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Headline;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline of each workload: cheapest stack at its volume, by how much, and where that changes. */
class HeadlineTest {

    static Headline headline(Project p, String workload) {
        return CostEngine.report(p).headline(workload).orElseThrow();
    }

    @Test
    void theSeedAtTenThousandADayIsOneG5SavingOneFortyFivePerThousandOnHaiku() {
        Headline h = headline(Fixtures.seed(), "document_summariser");
        Headline.Choice c = h.withOps();
        assertEquals("Llama 3 70B", c.stack());
        assertEquals(476.28, c.monthlyCost(), 1e-9);
        assertEquals("Claude Haiku 3.5", c.runnerUp());
        assertEquals(912 - 476.28, c.savingPerMonth(), 1e-9);
        assertEquals((912 - 476.28) / 300_000 * 1000, c.savingPer1000(), 1e-12);
        assertEquals(476.28 / 0.0912, c.cheapestFrom(), 1e-6);
        assertEquals("Claude Haiku 3.5", c.cheaperBelow());
        assertNull(c.cheapestTo(), "the g5 stays cheapest to the top of the range");
        assertEquals(c, h.withoutOps(), "no stack of the seed fixture has ops");
        assertEquals("For document_summariser at 10,000 inferences/day, Llama 3 70B is cheapest: $1.45 per 1,000 "
                + "inferences ($435.72 a month) less than Claude Haiku 3.5. It is cheapest above 5,222 inferences/day; "
                + "Claude Haiku 3.5 is cheaper below.", h.text());
    }

    @Test
    void belowTheCrossoverHaikuLeadsAndTheSentenceSaysWhereThatEnds() {
        Project p = Fixtures.seed().withWorkloads(List.of(Fixtures.summariser().withVolume(2000)));
        Headline h = headline(p, "document_summariser");
        // at 2,000/day Haiku is $182.40 a month against the g5's $476.28: $293.88, $4.90 per 1,000
        assertEquals("For document_summariser at 2,000 inferences/day, Claude Haiku 3.5 is cheapest: $4.90 per 1,000 "
                + "inferences ($293.88 a month) less than Llama 3 70B. Above 5,222 inferences/day Llama 3 70B is cheaper.",
                h.text());
    }

    @Test
    void opsOverheadMovesTheChangeAndTheSentenceSaysBoth() {
        // CrossoverTest's pair: API $0.03 a month per inference/day; GPU $730 + 10 h x $100 of ops; at 10,000/day
        Workload w = CrossoverTest.W;
        Project p = Fixtures.project(List.of(w), List.of(CrossoverTest.api(1, 0), CrossoverTest.gpu(10)), List.of());
        Headline h = headline(p, "w");
        assertEquals("api", h.withOps().stack());
        assertEquals(1730 / 0.03, h.withOps().cheapestTo(), 1e-6);
        assertEquals(730 / 0.03, h.withoutOps().cheapestTo(), 1e-6);
        assertEquals("For w at 10,000 inferences/day (ops overhead included), api is cheapest: $4.77 per 1,000 "
                + "inferences ($1,430.00 a month) less than gpu. Above 57,667 inferences/day gpu is cheaper. "
                + "Without ops overhead, api is cheapest: $1.43 per 1,000 inferences ($430.00 a month) less than gpu. "
                + "Above 24,333 inferences/day gpu is cheaper.", h.text());
    }

    @Test
    void moneyIsInTheDisplayCurrency() {
        Project p = Fixtures.seed().withSettings(new Settings("INR", 83, "2025", "seed 004", 730, 30, 1e2, 1e8));
        String text = headline(p, "document_summariser").text();
        // $1.4524 and $435.72 at 83 INR/USD
        assertTrue(text.contains("₹120.55 per 1,000 inferences (₹36,164.76 a month) less than Claude Haiku 3.5"), text);
    }

    @Test
    void oneStackAloneIsSaidPlainly() {
        Project p = Fixtures.project(List.of(Fixtures.summariser()), List.of(Fixtures.haiku()), List.of());
        assertEquals("For document_summariser at 10,000 inferences/day, Claude Haiku 3.5 is the only stack: $3.04 per "
                + "1,000 inferences, $912.00 a month. It stays cheapest across the whole volume range (100 to 100 million "
                + "inferences/day).", headline(p, "document_summariser").text());
    }

    @Test
    void aWorkloadNoEnabledStackServesHasNoHeadline() {
        Stack off = new Stack("off", false, Fixtures.haiku().serving(), Fixtures.haiku().common());
        Report r = CostEngine.report(Fixtures.project(List.of(Fixtures.summariser()), List.of(off), List.of()));
        assertTrue(r.headline("document_summariser").isEmpty());
        assertTrue(r.cheapest("document_summariser", true).isEmpty());
    }

    @Test
    void aVolumeOutsideTheRangeStillNamesTheCheapestAndSaysTheRangeIsElsewhere() {
        Project p = Fixtures.seed().withWorkloads(List.of(Fixtures.summariser().withVolume(50)));
        Headline h = headline(p, "document_summariser");
        assertEquals("Claude Haiku 3.5", h.withOps().stack());
        assertNull(h.withOps().cheapestFrom());
        assertTrue(h.text().endsWith("(The volume is outside the range the crossover chart covers, 100 to 100 million "
                + "inferences/day.)"), h.text());
    }
}
