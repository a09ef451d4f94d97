package com.cp1ki.engine.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20", "2024-02-29", "2026-11", "2025", "1999-12-31"})
    void isoDatesAndTheirReducedFormsAreAccepted(String d) {
        assertEquals(d, Check.isoDate("date", d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-45", "2023-02-29", "2026-1-5", "+2026", " 2026", "26", "2026/11/20",
            "20261120", "2026-11-20T10:00", ""})
    void textThatIsNotADateIsRefusedNamingTheField(String d) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Check.isoDate("FX date", d));
        assertEquals("FX date", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "INR", "JPY", "CHF"})
    void iso4217CodesAreAccepted(String c) {
        assertEquals(c, Check.currency("currency", c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "dollars", "XYZ", "US", "€", "EURO"})
    void otherCurrenciesAreRefused(String c) {
        assertThrows(InvalidInputException.class, () -> Check.currency("currency", c));
    }
}
