package com.cp1ki.app.main;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultsRoomTest {

    @Test
    void aShortColumnGivesTheComparisonItsRowsAndATallOneKeepsTheDefault() {
        // 1280 x 720: the column under the toolbar is about 630 px; the charts keep 400 of them
        assertEquals(400 / 630.0, ResultsRoom.roomyPosition(630, 0.72), 1e-9);
        // a little taller: the results get their 270 px
        assertEquals(1 - 270 / 700.0, ResultsRoom.roomyPosition(700, 0.72), 1e-9);
        // 1920 x 1080: the default already leaves the results 270 px or more; it stays
        assertEquals(0.72, ResultsRoom.roomyPosition(990, 0.72), 1e-9);
    }

    @Test
    void theChartsKeepTheirShareInATinyWindowAndNothingMovesBeforeLayout() {
        assertEquals(0.72, ResultsRoom.roomyPosition(400, 0.72), 1e-9);
        assertEquals(400 / 480.0, ResultsRoom.roomyPosition(480, 0.9), 1e-9);
        assertEquals(0.72, ResultsRoom.roomyPosition(0, 0.72), 1e-9);
    }
}
