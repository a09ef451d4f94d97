package com.cp1ki.app.form;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumbersTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "10,000|10000", "10 000|10000", "10_000.5|10000.5", "$2.50|2.5", "5.5%|5.5", " 0.8 |0.8", "1e6|1000000",
            ".5|0.5", "-3|-3", "1,234,567.25|1234567.25", "1,234|1234", "1,234.5|1234.5", "$ 2.50|2.5",
            "12 345.5|12345.5", "-1,000|-1000"})
    void typedNumbersWithSeparatorsSignsAndExponentsParse(String text, double expected) {
        assertEquals(expected, Numbers.parse(text).orElseThrow(), 1e-12);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @CsvSource(delimiter = '|', value = {"abc", "1.2.3", "''", "--1", "1e", "NaN", "Infinity"})
    void textThatIsNotANumberIsRejected(String text) {
        assertTrue(Numbers.parse(text).isEmpty());
    }

    @ParameterizedTest(name = "\"{0}\" is ambiguous: refused, not guessed")
    @CsvSource(delimiter = '|', value = {"2,5", "12,34", "0,25", "1,2345", "1234,567", "1,23,456", "1.234,5", "2 5", "12_34"})
    void separatorsThatDoNotGroupThousandsAreRefused(String text) {
        assertTrue(Numbers.parse(text).isEmpty(), text);
        assertTrue(Numbers.problem(text).startsWith("is ambiguous: \"" + text + "\""), Numbers.problem(text));
    }

    @org.junit.jupiter.api.Test
    void aDecimalCommaMessageShowsBothReadings() {
        assertEquals("is ambiguous: \"2,5\" could be 2.5 or 25; type 2.5 for a decimal (the decimal separator is a point, "
                + "a comma groups thousands: 1,234.5)", Numbers.problem("2,5"));
        assertEquals("must be a number, not \"ten\"", Numbers.problem("ten"));
        assertEquals(null, Numbers.problem("1,234.5"));
    }

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource(delimiter = '|', value = {"0.00304|0.003040", "0.25232|0.2523", "3.04|3.04", "912|912.00", "75696.4|75,696", "0|0.00", "0.0000123|0.00001230"})
    void moneyShowsEnoughDigitsForItsSize(double v, String expected) {
        assertEquals(expected, Numbers.money(v));
    }

    @ParameterizedTest(name = "{0} formats as {1}")
    @CsvSource(delimiter = '|', value = {"10000|10,000", "0.8|0.8", "5.500000000000001|5.5", "100000000|100,000,000"})
    void fieldValuesFormatWithGroupingAndNoTrailingZeros(double v, String expected) {
        assertEquals(expected, Numbers.format(v));
    }
}
