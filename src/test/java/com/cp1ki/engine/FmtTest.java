package com.cp1ki.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Explanations show numbers the way seed 004 writes them, on every machine. */
class FmtTest {

    @ParameterizedTest(name = "usd({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"0.00304; $0.00304", "0.0085; $0.0085", "3.04; $3.04", "912; $912.00",
            "2550; $2,550.00", "476.28; $476.28", "0.636; $0.636", "0.8; $0.80", "0; $0.00", "-1.2; -$1.20",
            "0.000999999; $0.001", "1234567.891; $1,234,567.89", "3.0e13; $30,000,000,000,000.00", "0.0000001234; $0.0000001234", "0.000299878; $0.0002999"})
    void moneyReadsLikeTheSeed(double v, String expected) {
        assertEquals(expected, Fmt.usd(v));
    }

    @ParameterizedTest(name = "input({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"0.8; 0.80", "4; 4.00", "0.636; 0.636", "1.006; 1.006", "1006.5; 1,006.50",
            "0.055; 0.055", "0.00001; 0.00001", "83; 83.00"})
    void inputsReadAsTyped(double v, String expected) {
        assertEquals(expected, Fmt.input(v));
    }

    @ParameterizedTest(name = "count({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"1800; 1,800", "300000; 300,000", "1234.5; 1,234.5", "30; 30", "0.125; 0.13",
            "-5; -5", "1000000000; 1,000,000,000"})
    void countsAreGrouped(double v, String expected) {
        assertEquals(expected, Fmt.count(v));
    }

    @ParameterizedTest(name = "cents({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"0.5624; $0.56", "-10.774; -$10.77", "3.6024; $3.60", "-0.00468; -$0.00468", "0; $0.00"})
    void perUserAmountsAreToTheCent(double v, String expected) {
        assertEquals(expected, Fmt.cents(v));
    }

    @ParameterizedTest(name = "volume({0}) = {1}")
    @CsvSource(delimiter = ';', value = {"5222.368; 5,222", "1867.76; 1,868", "100; 100", "999999.4; 999,999",
            "12345678; 12.3 million", "100000000; 100 million", "2500000000; 2.5 billion", "1000000; 1 million"})
    void volumesInSentencesAreRoundedForPeople(double v, String expected) {
        assertEquals(expected, Fmt.volume(v));
    }

    @ParameterizedTest(name = "money({0}, {1}) = {2}")
    @CsvSource(delimiter = ';', value = {"120.5492; INR; ₹120.55", "36164.76; INR; ₹36,164.76", "1.4524; USD; $1.45",
            "0.0456; EUR; €0.0456", "-3; GBP; -£3.00", "12; CHF; CHF 12.00"})
    void moneyInTheDisplayCurrencyCarriesItsSign(double v, String currency, String expected) {
        assertEquals(expected, Fmt.money(v, currency));
    }
}
