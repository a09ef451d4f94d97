package com.cp1ki.app.editor.settings;

import com.cp1ki.app.editor.EditorViewModel;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Settings;

import java.util.List;

/** Project settings: name, display currency with its dated FX rate, calendar, volume range, simulation. */
public final class SettingsViewModel extends EditorViewModel {

    private final FormField name;
    private final List<FormField> currency;
    private final List<FormField> calendar;
    private final List<FormField> range;
    private final ForecastFields forecast;
    private final List<FormField> simulation;

    public SettingsViewModel(ProjectSession session) {
        super(session);
        name = custom(new FormField.Spec("settingsName", "Project name", "", "The project's name, shown in exports and reports.",
                FormField.Kind.TEXT, Rule.ANY, 1, false), () -> session.shown().name(),
                v -> new Edit("Rename project to '" + v + "'", p -> ProjectEdits.rename(p, Item.SETTINGS, (String) v)));
        FieldSet<Settings> f = fields(Targets.settings(), "settings");
        currency = List.of(
                f.text("currency", "Display currency", "ISO 4217 code of the currency money is shown in (USD, EUR, INR, ...). "
                        + "Costs are held in USD and converted with the FX rate.", false),
                f.number("fxRate", "FX rate", "per 1 USD", "Display-currency units per 1 USD (1 for USD; 83 for INR in seed 004). "
                        + "Changing it changes what is shown, never what is stored.", Rule.POSITIVE),
                f.text("fxDate", "FX date", "The date the FX rate was taken (e.g. 2026-11-01); shown on every exported chart.", true),
                f.text("fxSource", "FX source", "Where the FX rate came from (e.g. a central bank's reference rate).", true));
        calendar = List.of(
                f.number("hoursPerMonth", "Hours per month", "h", "Hours in a billing month for GPU instance-hours (730 by default).", Rule.POSITIVE),
                f.number("daysPerMonth", "Days per month", "days", "Days in a month for monthly volume (30 by default).", Rule.POSITIVE));
        range = List.of(
                f.number("volumeMin", "Volume range start", "inferences/day", "Lowest volume of the crossover chart and crossover search (100 by default).", Rule.POSITIVE),
                f.number("volumeMax", "Volume range end", "inferences/day", "Highest volume of the crossover chart and crossover search (100,000,000 by default).", Rule.POSITIVE));
        forecast = new ForecastFields(session, fields(Targets.forecast(), "forecast"));
        simulation = simulation(session);
    }

    /** The Monte Carlo's draws and seed and the tornado's swing: edits of the project's uncertainty settings. */
    private List<FormField> simulation(ProjectSession session) {
        FormField draws = custom(new FormField.Spec("settingsDraws", "Monte Carlo draws", "draws",
                "How many times a simulation draws every ranged input and recomputes the report: 1 to 1,000,000 "
                        + "(10,000 by default; more draws, steadier percentiles, longer runs).",
                FormField.Kind.NUMBER, Rule.DRAWS, 1, false), () -> (double) session.project().uncertainty().draws(),
                v -> new Edit("Set Monte Carlo draws to " + Math.round((Double) v), p -> p.withUncertainty(
                        p.uncertainty().withDraws((int) Math.round((Double) v)))));
        FormField seed = custom(new FormField.Spec("settingsSeed", "Monte Carlo seed", "",
                "A whole number: the same file and seed give the same simulation, bit for bit, on any machine. "
                        + "Reseed picks a new one.", FormField.Kind.TEXT, Rule.ANY, 1, false),
                () -> Long.toString(session.project().uncertainty().seed()),
                v -> new Edit("Set the Monte Carlo seed to " + v, p -> p.withUncertainty(
                        p.uncertainty().withSeed(com.cp1ki.app.uncertainty.Reseed.parse((String) v)))));
        FormField swing = custom(new FormField.Spec("settingsSwing", "Tornado swing", "%",
                "How far the tornado moves an input that has no range, down and up (20% by default); an input "
                        + "with a range moves to its ends.", FormField.Kind.NUMBER, Rule.PERCENT_OPEN, 100, false),
                () -> session.project().uncertainty().swing(),
                v -> new Edit("Set the tornado swing to " + Math.round((Double) v * 100) + " %", p -> p.withUncertainty(
                        p.uncertainty().withSwing((Double) v))));
        // project-wide: a scenario holds no seed or draws, so these edit the base even while one is shown
        return List.of(draws.baseOnly(), seed.baseOnly(), swing.baseOnly());
    }

    /** Reseed: a new Monte Carlo seed, as one undoable edit. */
    public void reseed() {
        session.execute(com.cp1ki.app.uncertainty.Reseed.edit(session.project()));
    }

    public List<FormField> simulation() {
        return simulation;
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (forecast != null) {
            forecast.preset().refresh();
        }
    }

    /** The forecast's settings. */
    public ForecastFields forecast() {
        return forecast;
    }

    public FormField name() {
        return name;
    }

    public List<FormField> currency() {
        return currency;
    }

    public List<FormField> calendar() {
        return calendar;
    }

    public List<FormField> range() {
        return range;
    }
}
