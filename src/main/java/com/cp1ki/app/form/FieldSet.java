package com.cp1ki.app.form;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Builds the {@link FormField}s of one record in the project (a {@link Target}), naming each field
 * by its record component. A committed field becomes the edit "Set input price of stack 'GPT-4o' to 2.5".
 */
public final class FieldSet<T extends Record> {

    /** Said in every rangeable field's tooltip. */
    static final String RANGE_HINT = " How sure are you? Type a range after the value, e.g. 2.5 (1.8 to 3.2): a 90%"
            + " interval (add 'uniform' or 'triangular' before the closing parenthesis for another shape).";

    private final ProjectSession session;
    private final Target<T> target;
    private final String idPrefix;
    private final List<FormField> fields = new ArrayList<>();

    public FieldSet(ProjectSession session, Target<T> target, String idPrefix) {
        this.session = session;
        this.target = target;
        this.idPrefix = idPrefix;
    }

    public List<FormField> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** Re-reads every field whose stored value changed. */
    public void refresh() {
        fields.forEach(FormField::refresh);
    }

    public FormField number(String component, String label, String unit, String tooltip, Rule rule) {
        return add(component, label, unit, tooltip, FormField.Kind.NUMBER, rule, 1, false);
    }

    /** A number that may be left blank (stored as null). */
    public FormField optionalNumber(String component, String label, String unit, String tooltip, Rule rule) {
        return add(component, label, unit, tooltip, FormField.Kind.NUMBER, rule, 1, true);
    }

    /** A fraction in the record, shown and typed as a percentage. */
    public FormField percent(String component, String label, String tooltip, Rule rule) {
        return add(component, label, "%", tooltip, FormField.Kind.NUMBER, rule, 100, false);
    }

    /**
     * Money the business states in its own currency (a value per inference), stored in USD as the
     * file keeps it and typed and shown in the project's display currency, converted at the
     * project's FX rate both ways; {@code per} follows the currency in the unit (e.g. "/ inference").
     */
    public FormField optionalMoney(String component, String label, String per, String tooltip, Rule rule) {
        String currency = session.shown().settings().currency();
        String unit = currency + (per.isEmpty() ? "" : " " + per);
        String id = idPrefix + Character.toUpperCase(component.charAt(0)) + component.substring(1);
        FormField.Spec spec = new FormField.Spec(id, label, unit, tooltip, FormField.Kind.NUMBER, rule, 1, true);
        String what = label.toLowerCase(Locale.ROOT);
        FormField f = new FormField(spec, session,
                () -> Records.get(target.get(session.shown()), component),
                value -> new Edit("Set " + what + " of " + target.describe() + " to "
                        + (value == null ? "(not set)" : Numbers.format((Double) value * session.shown().settings().fxRate())
                        + " " + currency), p -> target.set(p, Records.with(target.get(p), component, value))))
                .scaledBy(() -> session.shown().settings().fxRate())
                .withBase(() -> Records.get(target.get(session.project()), component));
        fields.add(f);
        return f;
    }

    public FormField text(String component, String label, String tooltip, boolean optional) {
        return add(component, label, "", tooltip, FormField.Kind.TEXT, Rule.ANY, 1, optional);
    }

    private FormField add(String component, String label, String unit, String tooltip, FormField.Kind kind,
                          Rule rule, double scale, boolean optional) {
        String id = idPrefix + Character.toUpperCase(component.charAt(0)) + component.substring(1);
        boolean rangeable = kind == FormField.Kind.NUMBER && target.path(component) != null;
        FormField.Spec spec = new FormField.Spec(id, label, unit, rangeable ? tooltip + RANGE_HINT : tooltip, kind,
                rule, scale, optional);
        String what = label.toLowerCase(Locale.ROOT);
        FormField f = new FormField(spec, session,
                () -> Records.get(target.get(session.shown()), component),
                value -> new Edit("Set " + what + " of " + target.describe() + " to " + shown(value, scale, unit),
                        p -> target.set(p, Records.with(target.get(p), component, value))))
                .withBase(() -> Records.get(target.get(session.project()), component));
        if (rangeable) {
            f.ranged(() -> target.path(component));
        }
        fields.add(f);
        return f;
    }

    private static String shown(Object value, double scale, String unit) {
        if (value == null) {
            return "(not set)";
        }
        if (value instanceof Double d) {
            return Numbers.format(d * scale) + ("%".equals(unit) ? " %" : "");
        }
        return "'" + value + "'";
    }
}
