package com.cp1ki.app.editor.settings;

import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecast's settings: units, one undoable edit per change, presets, bad input named and refused. */
class ForecastSettingsTest {

    private static ProjectSession session() throws Exception {
        Project seed = ProjectFiles.load(Path.of("sample-projects/summariser-seed.cp1ki"));
        return new ProjectSession(seed, null, "seed.cp1ki");
    }

    @Test
    void eachFieldHasItsUnitAndIdAndAGrowthIsOneUndoableEdit() throws Exception {
        ProjectSession s = session();
        ForecastFields f = new SettingsViewModel(s).forecast();
        assertEquals("months", f.growth().get(0).spec().unit());
        assertEquals("% a month", f.growth().get(1).spec().unit());
        assertEquals("forecastVolumeGrowthPerMonth", f.growth().get(1).spec().id());
        assertEquals("% a year", f.declines().get(0).spec().unit());
        assertEquals("24", f.growth().get(0).textProperty().get(), "no forecast set: 24 months");

        f.growth().get(1).textProperty().set("5");
        assertTrue(f.growth().get(1).commit());
        assertEquals(0.05, s.project().forecast().volumeGrowthPerMonth(), 1e-12);
        assertEquals("Set volume growth of the forecast to 5 % a month", s.undoDescriptionProperty().get());
        s.undo();
        assertEquals(Forecast.NONE, s.project().forecast());
        assertEquals("0", f.growth().get(1).textProperty().get(), "the field follows the undo");
    }

    @Test
    void theRatesTakeARangeAndTheMonthsDoNot() throws Exception {
        ProjectSession s = session();
        ForecastFields f = new SettingsViewModel(s).forecast();
        var months = f.growth().get(0);
        assertNull(months.rangePath(), "the months projected are a length, not a rate");
        assertFalse(months.spec().tooltip().contains("Type a range"), months.spec().tooltip());
        months.textProperty().set("24 (12 to 36)");
        assertFalse(months.commit());
        assertEquals(24, s.project().forecast().months());
        var growth = f.growth().get(1);
        assertEquals("forecast.volumeGrowthPerMonth", growth.rangePath());
        assertTrue(growth.spec().tooltip().contains("Type a range"), growth.spec().tooltip());
        assertEquals("forecast.apiPriceDeclinePerYear", f.declines().get(0).rangePath());
    }

    @Test
    void aPresetSetsItsDeclineAndACustomRateShowsNoPreset() throws Exception {
        ProjectSession s = session();
        ForecastFields f = new SettingsViewModel(s).forecast();
        assertEquals(DeclinePreset.FLAT, f.preset().valueProperty().get());
        assertTrue(f.preset().text(DeclinePreset.TEN_X).contains("a16z, 2024-11-12"));
        assertTrue(f.preset().tooltip().contains("Epoch AI") && f.preset().tooltip().contains("2025-03-12"));
        f.preset().valueProperty().set(DeclinePreset.FORTY_X);
        assertEquals(0.975, s.project().forecast().apiPriceDeclinePerYear(), 1e-12);
        assertEquals("97.5", f.declines().get(0).textProperty().get());
        f.declines().get(0).textProperty().set("50");
        assertTrue(f.declines().get(0).commit());
        assertNull(f.preset().valueProperty().get(), "50% a year is no preset: custom");
        s.undo();
        assertEquals(DeclinePreset.FORTY_X, f.preset().valueProperty().get());
    }

    @Test
    void monthsOutside12To60ADeclineOf100PercentAndAnOverflowingGrowthAreRefusedNamingTheField() throws Exception {
        ProjectSession s = session();
        ForecastFields f = new SettingsViewModel(s).forecast();
        Project before = s.project();

        f.growth().get(0).textProperty().set("61");
        assertFalse(f.growth().get(0).commit());
        assertTrue(f.growth().get(0).errorProperty().get().contains("Forecast months must be from 12 to 60, was 61"),
                f.growth().get(0).errorProperty().get());

        f.declines().get(0).textProperty().set("100");
        assertFalse(f.declines().get(0).commit());
        assertTrue(f.declines().get(0).errorProperty().get().contains("API price decline must be below 100% a year"),
                f.declines().get(0).errorProperty().get());

        f.growth().get(0).textProperty().set("60");
        assertTrue(f.growth().get(0).commit());
        f.growth().get(1).textProperty().set("100");
        assertFalse(f.growth().get(1).commit());
        assertTrue(f.growth().get(1).errorProperty().get().contains("t a volume growth of 100% a month"),
                f.growth().get(1).errorProperty().get());
        assertEquals(0, s.project().forecast().volumeGrowthPerMonth(), 0, "nothing half-applied");
        assertEquals(before.withForecast(before.forecast().withMonths(60)), s.project(), "only the months changed");
    }
}
