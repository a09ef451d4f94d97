package com.cp1ki.cli;

import com.cp1ki.engine.model.Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AmountsTest {

    @ParameterizedTest(name = "{0} USD shows as {1}")
    @CsvSource(delimiter = ';', value = {
            "0.00304; $0.00304",
            "0.0085; $0.0085",
            "0.000012345678; $0.000012346",
            "0.0099999999; $0.01",
            "0.01; $0.01",
            "3.04; $3.04",
            "30.4; $30.40",
            "2550; $2,550.00",
            "476.28; $476.28",
            "1234567.891; $1,234,567.89",
            "0; $0.00",
            "-0.56; -$0.56",
            "-0.0012; -$0.0012"})
    void moneyIsShownToTheCentOrToFiveSignificantDigitsBelowACent(double usd, String shown) {
        assertEquals(shown, Amounts.usd(usd));
    }

    @Test
    void theDisplayCurrencyFollowsUsdWhenTheProjectIsNotInUsd() {
        Amounts rupees = new Amounts(new Settings("INR", 83, "2026-11-01", "illustrative", 730, 30, 1e2, 1e8));
        assertEquals("$3.04 (INR 252.32)", rupees.money(3.04));
        assertEquals("$0.00304 (INR 0.25232)", rupees.money(0.00304));
    }

    @Test
    void usdProjectsShowUsdAlone() {
        assertEquals("$3.04", new Amounts(Settings.DEFAULT).money(3.04));
    }

    @Test
    void volumesAreWholeFromOneHundredUp() {
        assertEquals("12,346", Amounts.volume(12_345.6));
        assertEquals("12.5", Amounts.volume(12.5));
    }

    @Test
    void numbersThatAreNotFiniteShowAsNotAvailable() {
        assertEquals("n/a", Amounts.usd(Double.NaN));
        assertEquals("n/a", Amounts.ratio(Double.POSITIVE_INFINITY));
    }

    @Test
    void perInferenceAmountsKeepFiveSignificantDigitsBelowOneDollar() {
        Amounts usd = new Amounts(Settings.DEFAULT);
        assertEquals("$0.013123", usd.perInference(0.0131234));
        assertEquals("$0.00304", usd.perInference(0.00304));
        assertEquals("$0.5", usd.perInference(0.5));
        assertEquals("$1.23", usd.perInference(1.2345));
        Amounts rupees = new Amounts(new Settings("INR", 83, null, null, 730, 30, 1e2, 1e8));
        assertEquals("$0.013 (INR 1.079)", rupees.perInference(0.013));
    }
}
