package com.cp1ki.app.charts;

import javafx.geometry.Side;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogarithmicAxisTest {

    @Test
    void autoRangeWidensTheDataToWholeDecades() {
        LogarithmicAxis a = Fx.call(LogarithmicAxis::new);
        double[] r = (double[]) a.autoRange(350, 72_000, 500, 20);
        assertArrayEquals(new double[]{100, 100_000}, r, 1e-9);
    }

    @Test
    void autoRangeOfDataAtOrBelowZeroFallsBackToAPositiveDecade() {
        LogarithmicAxis a = Fx.call(LogarithmicAxis::new);
        double[] r = (double[]) a.autoRange(0, 500, 500, 20);
        assertTrue(r[0] > 0 && r[1] >= 500, "range " + r[0] + ".." + r[1]);
    }

    @Test
    void majorTicksSitOnEveryDecadeAndReadAsCompactVolumes() {
        LogarithmicAxis a = Fx.call(LogarithmicAxis::new);
        List<Number> ticks = a.calculateTickValues(600, new double[]{1e2, 1e8});
        assertEquals(List.of(1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8), ticks.stream().map(Number::doubleValue).toList());
        assertEquals(List.of("100", "1k", "10k", "100k", "1M", "10M", "100M"),
                ticks.stream().map(a::getTickMarkLabel).toList());
    }

    @Test
    void aNarrowRangeAlsoGetsTicksAtTwoAndFive() {
        LogarithmicAxis a = Fx.call(LogarithmicAxis::new);
        List<Number> ticks = a.calculateTickValues(600, new double[]{10, 1000});
        assertEquals(List.of(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0),
                ticks.stream().map(Number::doubleValue).toList());
    }

    @Test
    void aShortAxisLabelsEveryOtherDecadeSoLabelsNeverCollide() {
        LogarithmicAxis a = Fx.call(() -> {
            LogarithmicAxis v = new LogarithmicAxis();
            v.setSide(javafx.geometry.Side.LEFT);
            return v;
        });
        // eight decades on 160 px: 20 px a decade is less than a label's 26, so every second decade (40 px apart)
        List<Number> ticks = a.calculateTickValues(160, new double[]{1, 1e8});
        assertEquals(List.of(1.0, 1e2, 1e4, 1e6, 1e8), ticks.stream().map(Number::doubleValue).toList());
        // two decades on 150 px of a horizontal axis: no room for 2 and 5 between them
        LogarithmicAxis h = Fx.call(LogarithmicAxis::new);
        assertEquals(List.of(10.0, 100.0, 1000.0),
                h.calculateTickValues(150, new double[]{10, 1000}).stream().map(Number::doubleValue).toList());
    }

    @Test
    void moneyLabelsUseTheFormatterGiven() {
        LogarithmicAxis a = Fx.call(LogarithmicAxis::new);
        a.setLabelFormat(v -> ChartFormat.moneyCompact(v, "USD"));
        assertEquals("$10k", a.getTickMarkLabel(10_000));
    }

    @Test
    void positionsAreLinearInTheLogarithmOfTheValue() {
        double[] pos = Fx.call(() -> {
            LogarithmicAxis a = new LogarithmicAxis("volume", 1e2, 1e8);
            a.setSide(Side.BOTTOM);
            Pane p = new Pane(a);
            a.resize(600, 40);
            return new double[]{a.getDisplayPosition(1e2), a.getDisplayPosition(1e5), a.getDisplayPosition(1e8),
                    a.getValueForDisplay(300).doubleValue()};
        });
        assertEquals(0, pos[0], 1e-9);
        assertEquals(300, pos[1], 1e-9);
        assertEquals(600, pos[2], 1e-9);
        assertEquals(1e5, pos[3], 1e-6);
    }

    @Test
    void aVerticalAxisGrowsUpwards() {
        double[] pos = Fx.call(() -> {
            LogarithmicAxis a = new LogarithmicAxis("cost", 1, 1000);
            a.setSide(Side.LEFT);
            a.resize(60, 300);
            return new double[]{a.getDisplayPosition(1), a.getDisplayPosition(10), a.getDisplayPosition(1000)};
        });
        assertArrayEquals(new double[]{300, 200, 0}, pos, 1e-9);
    }
}
