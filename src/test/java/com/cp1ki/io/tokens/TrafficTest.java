package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrafficTest {

    /** A log from 09:30 to 13:30 with 10, 30, 20 requests in the full hours 10, 11, 12. */
    static String fourHours() {
        StringBuilder b = new StringBuilder("timestamp,input,output\n");
        b.append("2024-03-01T09:30:00Z,1,1\n");
        int[] perHour = {10, 30, 20};
        for (int h = 0; h < 3; h++) {
            for (int k = 0; k < perHour[h]; k++) {
                b.append(String.format("2024-03-01T%02d:%02d:00Z,1,1%n", 10 + h, k));
            }
        }
        b.append("2024-03-01T13:30:00Z,1,1\n");
        return b.toString();
    }

    @Test
    void hourlyPeakToAverageLeavesOutThePartialFirstAndLastHours() throws Exception {
        Traffic t = TokenImport.importText(fourHours(), ImportOptions.defaults()).traffic();
        assertEquals(4 * 3600, t.spanSeconds(), 0);
        assertEquals(62.0 / (4 * 3600), t.requestsPerSecond(), 1e-12);
        assertEquals(3, t.fullHours());
        assertEquals(30 / 20.0, t.peakToAverageHourly(), 1e-12);
        assertNotNull(t.peakToAverageMinute());
    }

    @Test
    void aFirstRequestInTheFirstMinuteOfItsHourMakesThatHourFull() throws Exception {
        String log = "timestamp,input,output\n2024-03-01T10:00:30Z,1,1\n2024-03-01T10:30:00Z,1,1\n"
                + "2024-03-01T11:10:00Z,1,1\n2024-03-01T11:59:30Z,1,1\n";
        Traffic t = TokenImport.importText(log, ImportOptions.defaults()).traffic();
        assertEquals(2, t.fullHours());
        assertEquals(1.0, t.peakToAverageHourly(), 0);
    }

    @Test
    void emptyHoursInsideTheSpanCountAsZeroLoad() throws Exception {
        String log = "timestamp,input,output,count\n2024-03-01T10:00:00Z,1,1,6\n2024-03-01T12:00:00Z,1,1,1\n"
                + "2024-03-01T12:59:59.5Z,1,1,1\n";
        Traffic t = TokenImport.importText(log, ImportOptions.defaults()).traffic();
        assertEquals(3, t.fullHours());
        assertEquals(8, t.weight(), 0);
        // hours 10, 11, 12 hold 6, 0, 2: mean 8/3, peak 6
        assertEquals(6 / (8 / 3.0), t.peakToAverageHourly(), 1e-12);
    }

    @Test
    void aLogShorterThanTwoFullHoursHasNoHourlyRatio() throws Exception {
        String log = "timestamp,input,output\n2024-03-01T10:15:00Z,1,1\n2024-03-01T10:20:10Z,1,1\n2024-03-01T10:20:40Z,1,1\n";
        ImportResult r = TokenImport.importText(log, ImportOptions.defaults());
        assertNull(r.traffic().peakToAverageHourly());
        // full minutes 10:15..10:19 hold 1, 0, 0, 0, 0 (10:20 is partial: the log ends 20 s into it)
        assertEquals(5.0, r.traffic().peakToAverageMinute(), 1e-12);
    }

    @Test
    void epochSecondsAndMillisecondsGiveTheSameTraffic() throws Exception {
        Traffic s = TokenImport.importText("ts,in,out\n1700000000,1,1\n1700003600,1,1\n", ImportOptions.defaults()).traffic();
        Traffic ms = TokenImport.importText("ts,in,out\n1700000000000,1,1\n1700003600000,1,1\n", ImportOptions.defaults()).traffic();
        assertEquals(3600, s.spanSeconds(), 0);
        assertEquals(s, ms);
    }
}
