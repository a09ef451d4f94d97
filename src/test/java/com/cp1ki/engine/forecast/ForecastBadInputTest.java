package com.cp1ki.engine.forecast;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad forecast inputs are refused with a message naming the field, and nothing else is lost. */
class ForecastBadInputTest {

    private static Project project() {
        return new Project("bad", Settings.DEFAULT,
                List.of(new Workload("chat", 1_000_000, new TypedMeans(1000, 500), null, 1.0)),
                List.of(new Stack("API", true, ManagedApi.simple("P", "M", 1, 4), CommonCosts.NONE)), List.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 11, 61, 1000})
    void monthsOutside12To60AreRefusedNamingTheField(int months) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Forecast(months, 0, 0, 0, 0, List.of()));
        assertEquals("forecast months", e.field());
        assertTrue(e.getMessage().contains("from 12 to 60, was " + months), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, Double.POSITIVE_INFINITY, Double.NaN})
    void aDeclineOf100PercentOrMoreIsRefusedNamingTheField(double d) {
        assertEquals("API price decline", assertThrows(InvalidInputException.class,
                () -> new Forecast(24, 0, 0, d, 0, List.of())).field());
        assertEquals("GPU rate decline", assertThrows(InvalidInputException.class,
                () -> new Forecast(24, 0, 0, 0, d, List.of())).field());
        InvalidInputException own = assertThrows(InvalidInputException.class, () -> new StackForecast("API", d, null));
        assertTrue(own.field().contains("price decline of stack 'API'"), own.field());
    }

    @Test
    void aDeclineOf100PercentSetByItsFieldPathLeavesTheProjectAsItWas() {
        Project p = project().withForecast(new Forecast(24, 0, 0, 0.5, 0, List.of()));
        FieldPath path = FieldPath.parse("forecast.apiPriceDeclinePerYear");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Fields.with(p, path, 1.0));
        assertTrue(e.getMessage().contains("API price decline must be below 100% a year"), e.getMessage());
        assertEquals(0.5, Fields.number(p, path), 0, "the project keeps its decline");
        assertEquals(0.9, Fields.number(Fields.with(p, path, 0.9), path), 0);
    }

    @Test
    void aGrowthThatOverflowsAVolumeIsRefusedNamingTheGrowthAndTheReportStands() {
        // 1,000,000 a day doubling every month: 2^59 x 10^6 by month 60, far above the 10^10 limit
        Project p = project().withForecast(new Forecast(60, 1.0, 0, 0, 0, List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ForecastEngine.forecast(p));
        assertEquals("volume growth", e.field());
        assertTrue(e.getMessage().contains("workload 'chat'") && e.getMessage().contains("by month 60"), e.getMessage());

        Report report = CostEngine.report(p);
        Report with = ForecastEngine.withForecast(p, report);
        ForecastReport f = with.forecast();
        assertTrue(f.failed());
        assertTrue(f.problem().contains("volume growth"), f.problem());
        assertEquals(report.results(), with.results(), "the report itself is untouched");
        assertEquals(p.forecast(), f.inputs(), "the inputs are kept to be corrected");
    }

    @Test
    void growthAndTokenDriftOf100PercentOrMinus100PercentAMonthAreRefused() {
        assertEquals("volume growth", assertThrows(InvalidInputException.class,
                () -> new Forecast(24, -1, 0, 0, 0, List.of())).field());
        assertEquals("volume growth", assertThrows(InvalidInputException.class,
                () -> new Forecast(24, 1.01, 0, 0, 0, List.of())).field());
        assertEquals("token growth", assertThrows(InvalidInputException.class,
                () -> new Forecast(24, 0, -1, 0, 0, List.of())).field());
    }
}
