package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampsTest {

    static long parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Timestamps.parse(b, 0, b.length);
    }

    static long micros(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-11-16 18:17:03.9799600|2023-11-16T18:17:03.979960Z",
            "2023-11-16T18:17:03Z|2023-11-16T18:17:03Z",
            "2023-11-16T18:17:03.5+01:00|2023-11-16T17:17:03.5Z",
            "2023-11-16T18:17:03-0530|2023-11-16T23:47:03Z",
            "2023-11-16T18:17:03+01|2023-11-16T17:17:03Z",
            "2023-11-16 18:17|2023-11-16T18:17:00Z",
            "2023-11-16|2023-11-16T00:00:00Z",
            "2023-11-16 18:17:03 UTC|2023-11-16T18:17:03Z",
            "1700158623|2023-11-16T18:17:03Z",
            "1700158623.25|2023-11-16T18:17:03.25Z",
            "1700158623250|2023-11-16T18:17:03.25Z",
            "1700158623250000|2023-11-16T18:17:03.25Z",
            "1700158623250000000|2023-11-16T18:17:03.25Z",
            "1970-01-01T00:00:00Z|1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z|1969-12-31T23:59:59Z",
            "2024-02-29T12:00:00Z|2024-02-29T12:00:00Z",
    })
    void everySupportedFormatGivesTheSameInstantAsJavaTime(String text, String instant) {
        assertEquals(micros(instant), parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2023-13-01", "2023-11-16X18:17", "2023-11-16T25:00:00Z",
            "2023-11-16T18:17:03+1:00", "12ab", "1.", "2023-11-16T18:17:03.Z", "-5"})
    void somethingElseIsNotATimestamp(String text) {
        assertEquals(Timestamps.INVALID, parse(text));
    }

    @Test
    void fractionsOfEveryLengthReadTheSameInsideALineAsAtTheEndOfTheBuffer() {
        String digits = "123456789";
        for (int n = 1; n <= digits.length(); n++) {
            String frac = digits.substring(0, n);
            String cell = "2023-11-16 18:17:03." + frac;
            long expected = micros("2023-11-16T18:17:03." + frac + "Z");
            assertEquals(expected, parse(cell), cell);
            // in a line, with digits after the cell that are not part of it
            byte[] line = (cell + ",98765432,7\n").getBytes(StandardCharsets.US_ASCII);
            assertEquals(expected, Timestamps.parse(line, 0, cell.length()), cell + " in a line");
            assertEquals(expected, Timestamps.parse(line, 0, cell.length(), new Timestamps.Cache()), cell + " cached");
            // the cell cut short by its end although digits follow in the buffer
            assertEquals(micros("2023-11-16T18:17:03." + frac.substring(0, Math.max(1, n - 1)) + "Z"),
                    Timestamps.parse(line, 0, cell.length() - (n > 1 ? 1 : 0)), cell + " cut");
        }
    }

    @Test
    void aCacheCarriedAcrossRowsGivesWhatAFreshParseGivesWhateverChangesFromRowToRow() {
        // the same second repeated, then each part changing in turn, with invalid rows in between,
        // and forms that leave the cached path (no seconds, a zone, a 'T', epoch numbers)
        String[] rows = {
            "2023-11-16 18:17:03.1", "2023-11-16 18:17:03.2", "2023-11-16 18:17:03", "2023-11-16 18:17:04.5",
            "2023-11-16 18:17:99.5", "2023-11-16 18:17:04.6", "2023-11-16 18:18:04.6", "2023-11-16 18:17:04.6",
            "2023-11-16 19:17:04.6", "2023-11-17 19:17:04.6", "2023-11-17 19:17", "2023-11-17 19:17:04+01:00",
            "2023-11-17T19:17:04Z", "2023-11-17 19:17:04.6", "1700158623", "2023-11-17 19:17:0x.6",
            "2023-11-17 19:17:05.6", "2023-11-17 19:17:05,6", "2023-11-17 19:17:05. ", "2023-11-17 19:17:05.6",
        };
        Timestamps.Cache cache = new Timestamps.Cache();
        for (String r : rows) {
            byte[] b = (r + ",12,34\n").getBytes(StandardCharsets.US_ASCII);
            assertEquals(Timestamps.parse(b, 0, r.length()), Timestamps.parse(b, 0, r.length(), cache), r);
        }
        assertEquals(Timestamps.INVALID, parse("2023-11-16 18:17:99.5"));
        assertEquals(micros("2023-11-17T18:17:04.6Z"), parse("2023-11-17 19:17:04.6+01:00"));
    }
}
