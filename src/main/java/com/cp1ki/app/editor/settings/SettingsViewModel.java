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

/** Project settings: name, display currency with its dated FX rate, calendar, volume range. */
public final class SettingsViewModel extends EditorViewModel {

    private final FormField name;
    private final List<FormField> currency;
    private final List<FormField> calendar;
    private final List<FormField> range;

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
