package com.cp1ki.app.editor.settings;

import com.cp1ki.app.form.ChoiceField;
import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Rule;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.field.Records;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The forecast's fields in the settings editor (docs/cost-model.md, "Forecast"): months, growth a
 * month, the API price decline (a published preset or a custom rate) and the GPU rate decline a year.
 * Each is one undoable edit through {@link Targets#forecast()}.
 */
public final class ForecastFields {

    /** The preset drop-down's id. */
    static final String PRESET_ID = "forecastApiPreset";

    private final List<FormField> growth;
    private final ChoiceField<DeclinePreset> preset;
    private final List<FormField> declines;

    public ForecastFields(ProjectSession session, FieldSet<Forecast> f) {
        growth = List.of(
                f.number("months", "Forecast months", "months", "How many months the forecast projects, 12 to 60. "
                        + "Month 1 is this month, priced exactly as the report prices it.", Rule.WHOLE_POSITIVE),
                f.percent("volumeGrowthPerMonth", "Volume growth", "% a month", "How much every workload's "
                        + "inferences/day grow each month, compounding (5 % a month is 1.8x a year). Negative for a "
                        + "decline; above -100 % and at most 100 %.", Rule.ANY),
                f.percent("tokenGrowthPerMonth", "Tokens per inference", "% a month", "How much every request's input "
                        + "and output tokens grow each month (longer prompts, more context, longer answers).", Rule.ANY));
        Target<Forecast> t = Targets.forecast();
        preset = new ChoiceField<>(PRESET_ID, "API price preset", presetTip(), () -> List.of(DeclinePreset.values()),
                ForecastFields::text, session,
                () -> DeclinePreset.of(t.get(session.project()).apiPriceDeclinePerYear()).orElse(null),
                d -> new Edit("Set API price decline of the forecast to " + text(d), p -> t.set(p,
                        Records.with(t.get(p), "apiPriceDeclinePerYear", d.declinePerYear()))));
        declines = List.of(
                f.percent("apiPriceDeclinePerYear", "API price decline", "% a year", "How much managed APIs' token "
                        + "prices fall a year (90 % = 10x cheaper), applied month by month. Pick a preset above or type "
                        + "your own; below 100 %. A stack's own decline (in the file) overrides it.", Rule.ANY),
                f.percent("gpuRateDeclinePerYear", "GPU rate decline", "% a year", "How much GPU on-demand and spot "
                        + "hourly rates fall a year. Reserved rates hold until the reservation renews, then take that "
                        + "month's rate for a whole term. Below 100 %.", Rule.ANY));
    }

    /** "10x a year (a16z, 2024-11-12)": the preset with who published it and when. */
    static String text(DeclinePreset p) {
        return switch (p) {
            case FLAT -> "Flat (today's prices)";
            case THREE_X -> p.label() + " (MIT FutureTech, " + p.published() + ")";
            case TEN_X -> p.label() + " (a16z, " + p.published() + ")";
            case FORTY_X -> p.label() + " (Epoch AI, " + p.published() + ")";
        };
    }

    private static String presetTip() {
        return "Published estimates of how fast the price of a fixed capability falls (the cheapest model reaching a "
                + "benchmark score), to start from:\n" + Stream.of(DeclinePreset.values())
                .filter(p -> p.published() != null)
                .map(p -> "- " + p.label() + ": " + p.source() + ", " + p.published() + ", " + p.url() + ". "
                        + p.measured())
                .collect(Collectors.joining("\n")) + "\nBlank when the decline below is your own.";
    }

    public List<FormField> growth() {
        return growth;
    }

    public ChoiceField<DeclinePreset> preset() {
        return preset;
    }

    public List<FormField> declines() {
        return declines;
    }
}
