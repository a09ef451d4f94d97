package com.cp1ki.app.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChartFormatTest {

    @Test
    void volumesReadCompactly() {
        assertEquals("100", ChartFormat.compact(100));
        assertEquals("1k", ChartFormat.compact(1000));
        assertEquals("5.22k", ChartFormat.compact(5222.37));
        assertEquals("10k", ChartFormat.compact(10_000));
        assertEquals("1M", ChartFormat.compact(1e6));
        assertEquals("0.001", ChartFormat.compact(0.001));
    }

    @Test
    void moneyKeepsCentsAndSmallAmountsKeepThreeDigits() {
        assertEquals("$2,550.00", ChartFormat.money(2550, "USD"));
        assertEquals("$0.00304", ChartFormat.money(0.00304, "USD"));
        assertEquals("$0.56", ChartFormat.money(0.56, "USD"));
        assertEquals("-$32.88", ChartFormat.money(-32.88, "USD"));
        assertEquals("₹252.32", ChartFormat.money(252.32, "INR"));
        assertEquals("CHF 3.00", ChartFormat.money(3, "CHF"));
    }

    @Test
    void longCategoryNamesBreakAtSpaces() {
        assertEquals("Llama 3.1 8B on\np4d.24xlarge", ChartFormat.wrap("Llama 3.1 8B on p4d.24xlarge", 18));
        assertEquals("Claude Haiku 3.5", ChartFormat.wrap("Claude Haiku 3.5", 18));
    }

    @Test
    void csvNumbersAreUnroundedButFreeOfFloatNoise() {
        assertEquals("3.04", ChartFormat.plain(0.00304 * 1000));
        assertEquals("12000", ChartFormat.plain(12_000));
        assertEquals("0.00304", ChartFormat.plain(0.00304));
        assertEquals("", ChartFormat.plain(Double.NaN));
    }
}
