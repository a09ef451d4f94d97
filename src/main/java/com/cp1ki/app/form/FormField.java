package com.cp1ki.app.form;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One field of a form, toolkit-free: the text the user types, the validation message, and a
 * commit that parses, validates and executes one undoable {@link Edit}. The View binds a text
 * field to {@link #textProperty()} and calls {@link #commit()} on Enter or focus lost.
 */
public final class FormField {

    /** How a field reads and writes its value. */
    public enum Kind { NUMBER, TEXT }

    private final Spec spec;
    private final ProjectSession session;
    private final Supplier<Object> read;
    private final Function<Object, Edit> write;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper baseNote = new ReadOnlyStringWrapper(this, "baseNote");
    private Supplier<Object> base;
    private Object shown = new Object();
    private double shownScale = Double.NaN;
    private java.util.function.DoubleSupplier scale;
    private String prompt = "";
    private Supplier<String> rangePath;
    private final javafx.beans.property.ReadOnlyStringWrapper unit = new javafx.beans.property.ReadOnlyStringWrapper(this, "unit");
    private Supplier<String> unitFrom;
    private boolean baseOnly;

    /**
     * What a field is.
     *
     * @param id       node id for tests and keyboard users, e.g. "apiInputPrice"
     * @param label    e.g. "Input price"
     * @param unit     e.g. "USD / 1M tokens" ("" for none)
     * @param tooltip  what it means and where it comes from
     * @param kind     number or text
     * @param rule     what a number must satisfy
     * @param scale    shown = stored x scale (100 for a percentage stored as a fraction)
     * @param optional blank means "not set" (null)
     */
    public record Spec(String id, String label, String unit, String tooltip, Kind kind, Rule rule, double scale,
                       boolean optional) {
    }

    public FormField(Spec spec, ProjectSession session, Supplier<Object> read, Function<Object, Edit> write) {
        this.spec = Objects.requireNonNull(spec);
        this.session = session;
        this.read = read;
        this.write = write;
        this.unit.set(spec.unit());
        refresh();
    }

    public Spec spec() {
        return spec;
    }

    /**
     * Lets this number carry a range: it shows and accepts "2.5 (1.8 to 3.2)" (see
     * {@link RangeText}), the range kept in the project's uncertainty under the field path
     * {@code path} supplies (read at each use, so it follows a rename); returns this field.
     */
    FormField ranged(Supplier<String> path) {
        rangePath = path;
        shown = new Object();
        refresh();
        return this;
    }

    /** The field path a range on this field is kept under, or null when it takes no range. */
    public String rangePath() {
        return rangePath == null ? null : rangePath.get();
    }

    private Range range() {
        String path = rangePath();
        return path == null || session == null ? null : session.project().uncertainty().range(path).orElse(null);
    }

    /**
     * Makes a commit edit the base even while a scenario is shown: a project-wide setting that no
     * scenario holds (the Monte Carlo's draws and seed, the tornado's swing); the field reads the
     * base too. Returns this field.
     */
    public FormField baseOnly() {
        baseOnly = true;
        return this;
    }

    /**
     * Sets the grey text a blank field shows, saying what blank means (e.g. "unlimited");
     * returns this field.
     */
    public FormField prompt(String text) {
        prompt = Objects.requireNonNull(text);
        return this;
    }

    /**
     * Makes the shown value the stored one times {@code scale}, read at each refresh and commit
     * (money stored in USD and shown in the display currency: the project's FX rate, which an
     * undo may change); returns this field.
     */
    public FormField scaledBy(java.util.function.DoubleSupplier scale) {
        this.scale = Objects.requireNonNull(scale);
        revert();
        return this;
    }

    /**
     * Makes the unit beside the field follow the project (a money field's unit is the display
     * currency, which an undo may change while the editor is open); read at each refresh.
     */
    public FormField unitFrom(Supplier<String> unit) {
        this.unitFrom = Objects.requireNonNull(unit);
        this.unit.set(unit.get());
        return this;
    }

    /** The unit shown beside the field: the spec's, or the one {@link #unitFrom} reads. */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** Shown = stored x this. */
    double scale() {
        return scale == null ? spec.scale() : scale.getAsDouble();
    }

    /**
     * Reads the base's value of this field, so that while a scenario is shown a field whose value
     * the scenario overrides says the base's beside it ({@link #baseNoteProperty()}); returns this field.
     */
    public FormField withBase(Supplier<Object> base) {
        this.base = Objects.requireNonNull(base);
        refresh();
        return this;
    }

    /** "base 40,000" while a scenario is shown whose value of this field differs from the base's; else null. */
    public ReadOnlyStringProperty baseNoteProperty() {
        return baseNote.getReadOnlyProperty();
    }

    /** What a blank field shows in grey ("" for nothing). */
    public String prompt() {
        return prompt;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The message saying what is wrong, or null when the field is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shows the stored value again if it changed since last shown (keeps an unchanged field's text). */
    public void refresh() {
        if (unitFrom != null) {
            unit.set(unitFrom.get());
        }
        Object v;
        try {
            v = read.get();
        } catch (RuntimeException gone) {
            v = null;
        }
        Range r;
        try {
            r = range();
        } catch (RuntimeException gone) {
            r = null;
        }
        double k = scale();
        List<Object> now = Arrays.asList(v, r);
        if (!Objects.equals(now, shown) || k != shownScale) {
            shown = now;
            shownScale = k;
            text.set(display(v, r));
            error.set(null);
        }
        baseNote.set(baseNote(v));
    }

    private String baseNote(Object v) {
        if (base == null || session == null || session.scenario() == null) {
            return null;
        }
        Object b;
        try {
            b = base.get();
        } catch (RuntimeException gone) {
            return null;
        }
        return sameValue(v, b) ? null : "base " + (b == null ? "not set" : display(b, null));
    }

    /** Whether the text differs from the stored value: an edit typed but not committed (nor refused). */
    public boolean isEdited() {
        Object v;
        Range r;
        try {
            v = read.get();
            r = range();
        } catch (RuntimeException gone) {
            return false;
        }
        String t = text.get() == null ? "" : text.get();
        return !t.strip().equals(display(v, r)) || error.get() != null;
    }

    /** Shows the stored value again, dropping a typed edit and its message. */
    public void revert() {
        shown = new Object();
        refresh();
    }

    /**
     * Undo from inside the field (Ctrl+Z): a typed edit is dropped first (the field shows the
     * stored value again); otherwise the project's last edit is undone, as Edit > Undo does, so
     * field, project and charts agree.
     */
    public void undo() {
        if (isEdited()) {
            revert();
        } else {
            session.undo();
        }
    }

    /** Redo from inside the field (Ctrl+Shift+Z, Ctrl+Y): drops a typed edit first, else redoes the project's edit. */
    public void redo() {
        if (isEdited()) {
            revert();
        } else {
            session.redo();
        }
    }

    private String display(Object v, Range r) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return RangeText.format(n.doubleValue(), r, scale());
        }
        return v.toString();
    }

    /**
     * Parses, validates and applies the typed text as one command.
     *
     * @return true when the field is valid afterwards (applied, or nothing to change)
     */
    public boolean commit() {
        Object value;
        Range typedRange = null;
        String t = text.get() == null ? "" : text.get().strip();
        if (spec.kind() == Kind.TEXT) {
            if (t.isEmpty() && !spec.optional()) {
                return fail(spec.label() + " must not be empty");
            }
            value = t.isEmpty() ? null : t;
        } else if (t.isEmpty()) {
            if (!spec.optional()) {
                return fail(spec.label() + " is required");
            }
            value = null;
        } else if (RangeText.hasRange(t)) {
            if (rangePath() == null) {
                return fail(spec.label() + " cannot carry a range");
            }
            RangeText.Typed typed = RangeText.parse(t, spec.label());
            if (typed.error() != null) {
                return fail(typed.error());
            }
            if (!spec.rule().accepts(typed.value())) {
                return fail(spec.rule().message(spec.label()));
            }
            value = typed.value() / scale();
            typedRange = typed.range().scaled(1 / scale());
            String why = UncertaintyEngine.refusal(session.project(), rangePath(), typedRange);
            if (why != null) {
                return fail(capitalise(why));
            }
        } else {
            OptionalDouble d = Numbers.parse(t);
            if (d.isEmpty()) {
                return fail(spec.label() + " " + Numbers.problem(t));
            }
            if (!spec.rule().accepts(d.getAsDouble())) {
                return fail(spec.rule().message(spec.label()));
            }
            value = d.getAsDouble() / scale();
        }
        Object current;
        Range currentRange;
        try {
            current = read.get();
            currentRange = range();
        } catch (RuntimeException gone) {
            return fail(gone.getMessage() != null ? gone.getMessage() : spec.label() + ": the item being edited no longer exists");
        }
        // the text as shown (a value converted for display reads back a hair off): no edit, no drift
        if (t.equals(display(current, currentRange))
                || (sameValue(current, value) && Objects.equals(currentRange, typedRange))) {
            error.set(null);
            text.set(display(current, currentRange));
            return true;
        }
        Edit edit = write.apply(value);
        // a range edit routes its value itself (and keeps the shown scenario shown)
        boolean rangeEdit = rangePath() != null && !Objects.equals(currentRange, typedRange);
        if (rangeEdit) {
            String path = rangePath();
            Range r = typedRange;
            Edit base = edit;
            String what = r == null ? ", without its range" : " (" + Numbers.format(r.low() * scale()) + " to "
                    + Numbers.format(r.high() * scale()) + ")";
            // a range is project-wide (a scenario holds no ranges): the value goes where an edit goes
            // (the shown scenario's override, or the base), the range into the project's uncertainty
            String shown = baseOnly ? null : session.scenario();
            boolean valueToo = !sameValue(current, value);
            edit = new Edit(base.description() + what + (shown != null && valueToo ? " in scenario " + shown : ""), p -> {
                var q = !valueToo ? p : shown == null ? base.change().apply(p)
                        : com.cp1ki.engine.scenario.ScenarioEngine.withEdit(p, shown, base.change());
                return q.withUncertainty(q.uncertainty().withRange(path, r));
            });
        }
        var rejected = baseOnly || rangeEdit ? session.execute(edit) : session.executeOnShown(edit);
        if (rejected.isPresent()) {
            return fail(capitalise(rejected.get()));
        }
        error.set(null);
        refresh();
        return true;
    }

    private static boolean sameValue(Object current, Object value) {
        if (current instanceof Number a && value instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(current, value);
    }

    private boolean fail(String message) {
        error.set(message);
        return false;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
