package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.Stack;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule's verdicts and guards, one behaviour each. */
class DriftRuleTest {
    static final LocalDate D0 = LocalDate.of(2024, 1, 1); // a Monday
    static final Stack A = Rows.stack("A", "model-a", 1, 2);
    static final DriftRule DEFAULTS = DriftRule.defaults(Granularity.DAY);

    private static List<DriftPoint> points(Rows rows, DriftRule rule) {
        return Drift.analyse(Rows.project(List.of(A)), rows.data(), DriftSettings.of(rule), PriceBook.PROJECT)
                .features().get(0).points();
    }

    private static Rows steady(int days) {
        return new Rows().daily("chat", "model-a", D0, D0.plusDays(days - 1), 1000, 100, 1000);
    }

    @Test
    void theFirstWeekIsAWarmUpAndTheEighthDayIsJudged() {
        List<DriftPoint> p = points(steady(10), DEFAULTS);
        for (int d = 0; d < 7; d++) {
            assertEquals(State.WARM_UP, p.get(d).state());
        }
        assertEquals(State.OK, p.get(7).state());
        assertEquals(1.20, p.get(7).baseline(), 1e-12);
        assertEquals(1.44, p.get(7).bandHigh(), 1e-12);
    }

    @Test
    void aDayWithTooFewRequestsSaysNotEnoughDataRatherThanAlarm() {
        Rows rows = steady(10).add("chat", "model-a", D0.plusDays(10), 9000, 100, 50);
        DriftPoint p = points(rows, DEFAULTS).get(10);
        assertEquals(State.NOT_ENOUGH_DATA, p.state());
        assertTrue(p.reason().startsWith("not enough data: 50 inferences, the rule needs 100"), p.reason());
        assertNull(p.decomposition());
    }

    @Test
    void aRiseOfExactlyTheThresholdIsNotADrift() {
        // 1200 input tokens: $0.0014 -> $1.40, 1.1667x; 1400 tokens -> $1.60 = 1.333x (drift)
        List<DriftPoint> p = points(steady(10).add("chat", "model-a", D0.plusDays(10), 1240, 100, 1000), DEFAULTS);
        assertEquals(1.44, p.get(10).cp1ki(), 1e-12); // 1.2 x 1.20 exactly
        assertEquals(State.OK, p.get(10).state());
    }

    @Test
    void aLastingRiseAlertsOnceAndStaysAboveUntilTheBaselineHasCaughtUp() {
        // from day 40 every request has 2000 input tokens: $2.20 against $1.20
        Rows rows = steady(40).daily("chat", "model-a", D0.plusDays(40), D0.plusDays(89), 2000, 100, 1000);
        List<DriftPoint> p = points(rows, DEFAULTS);
        assertEquals(State.OK, p.get(39).state());
        assertEquals(State.ALERT, p.get(40).state());
        assertTrue(p.get(40).reason().startsWith("drift: $2.20 is 83.33% above the baseline $1.20"), p.get(40).reason());
        assertEquals(State.ABOVE, p.get(41).state());
        assertEquals(1, p.stream().filter(x -> x.state() == State.ALERT).count());
        // the drift goes on while CP1Ki is above halfway to the limit, 1.1 x the baseline: the pooled
        // baseline 1.20 + k/30 (k new days of 30) reaches 2.20 / 1.1 = 2.00 at k = 24, day 64
        int lastAbove = 0;
        for (int d = 40; d < 90; d++) {
            if (p.get(d).state().drifted()) {
                lastAbove = d;
            }
        }
        assertEquals(63, lastAbove);
        assertEquals(State.OK, p.get(89).state());
    }

    @Test
    void theFloorKeepsASmallExtraSpendFromAlerting() {
        // +$0.80 per 1K over 1,000 inferences is $0.80 of extra spend: under a $1 floor, over $0.50
        Rows rows = steady(10).add("chat", "model-a", D0.plusDays(10), 1800, 100, 1000);
        assertEquals(State.BELOW_FLOOR, points(rows, DEFAULTS.withGuards(100, 1.0)).get(10).state());
        assertEquals(State.ALERT, points(rows, DEFAULTS.withGuards(100, 0.5)).get(10).state());
    }

    @Test
    void theSameWeekdayBaselineKeepsAWeeklyPatternFromAlerting() {
        // Saturdays and Sundays have twice the prompt: against all days they are 1.5x; against
        // earlier weekends they are normal
        Rows rows = new Rows();
        for (int d = 0; d < 60; d++) {
            LocalDate day = D0.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            rows.add("chat", "model-a", day, weekend ? 2200 : 1000, 100, 1000);
        }
        long plain = points(rows, DEFAULTS).stream().filter(p -> p.state() == State.ALERT).count();
        List<DriftPoint> same = points(rows, DEFAULTS.withSameWeekday(true));
        assertTrue(plain > 3, "alerts without the weekday option: " + plain);
        assertEquals(0, same.stream().filter(p -> p.state().drifted()).count());
        assertEquals(DayOfWeek.SATURDAY, D0.plusDays(40).getDayOfWeek());
        assertEquals(2.40, same.get(40).baseline(), 1e-12); // earlier Saturdays: 2200 x $1/M + 100 x $2/M
    }

    @Test
    void robustModeUsesTheMedianAndThreeMads() {
        // baseline days cycle through 1000, 1050 and 1100 input tokens: CP1Ki 1.20, 1.25, 1.30;
        // median 1.25, MAD 0.05, so the band is 1.10 .. 1.40
        Rows rows = new Rows();
        for (int d = 0; d < 31; d++) {
            rows.add("chat", "model-a", D0.plusDays(d), 1000 + 50 * (d % 3), 100, 1000);
        }
        rows.add("chat", "model-a", D0.plusDays(31), 1300, 100, 1000); // $1.50 > 1.25 + 3 x 0.05
        List<DriftPoint> p = points(rows, DEFAULTS.withRobust(true));
        DriftPoint day = p.get(31);
        assertEquals(1.25, day.baseline(), 1e-12);
        assertEquals(1.10, day.bandLow(), 1e-12);
        assertEquals(1.40, day.bandHigh(), 1e-12);
        assertEquals(State.ALERT, day.state());
        assertEquals(0, p.subList(0, 31).stream().filter(x -> x.state().drifted()).count());
    }

    @Test
    void robustModeNeedsThreeBaselineDaysWithEnoughRequests() {
        Rows rows = new Rows().daily("chat", "model-a", D0, D0.plusDays(1), 1000, 100, 1000)
                .daily("chat", "model-a", D0.plusDays(2), D0.plusDays(9), 1000, 100, 10)
                .add("chat", "model-a", D0.plusDays(10), 1000, 100, 1000);
        DriftPoint p = points(rows, DEFAULTS.withRobust(true)).get(10);
        assertEquals(State.NOT_ENOUGH_DATA, p.state());
        assertTrue(p.reason().contains("robust mode needs 3"), p.reason());
    }

    @Test
    void aFeatureBackFromAGapLongerThanTheBaselineHasNoBaseline() {
        Rows rows = steady(10).add("chat", "model-a", D0.plusDays(50), 1000, 100, 1000);
        List<DriftPoint> p = points(rows, DEFAULTS);
        assertEquals(State.NO_DATA, p.get(30).state());
        assertEquals("not enough data: no inferences in the baseline", p.get(50).reason());
    }

    @Test
    void aGapInsideADriftDoesNotStartANewAlert() {
        Rows rows = steady(20).add("chat", "model-a", D0.plusDays(20), 2000, 100, 1000)
                .add("chat", "model-a", D0.plusDays(21), 2000, 100, 10)
                .add("chat", "model-a", D0.plusDays(22), 2000, 100, 1000);
        List<DriftPoint> p = points(rows, DEFAULTS);
        assertEquals(State.ALERT, p.get(20).state());
        assertEquals(State.NOT_ENOUGH_DATA, p.get(21).state());
        assertEquals(State.ABOVE, p.get(22).state());
    }

    @Test
    void aWiderWindowPoolsItsDays() {
        Rows rows = steady(20).add("chat", "model-a", D0.plusDays(20), 2000, 100, 1000);
        DriftPoint p = points(rows, DEFAULTS.withLengths(2, 30, 7)).get(20);
        // window = day 19 ($1.20) + day 20 ($2.20): $1.70; baseline days 0..18: $1.20; 1.417x
        assertEquals(1.70, p.windowCp1ki(), 1e-12);
        assertEquals(2.20, p.cp1ki(), 1e-12);
        assertEquals(State.ALERT, p.state());
    }

    @Test
    void hourlyBucketsAreLabelledByHour() {
        LogData d = new LogData(Granularity.HOUR, "UTC", List.of("chat"), List.of("model-a"), new long[0],
                List.of(new LogCell(0, 0, 19723 * 24 + 13, 0, false, 10, 10000, 0, 0, 1000, 0, 0)), true, true, false);
        DriftReport r = Drift.analyse(Rows.project(List.of(A)), d, DriftSettings.of(DriftRule.defaults(Granularity.HOUR)),
                PriceBook.PROJECT);
        assertEquals("2024-01-01T13:00", r.features().get(0).points().get(0).label());
        assertEquals(24, r.rule().window());
    }
}
