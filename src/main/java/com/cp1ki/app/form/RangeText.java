package com.cp1ki.app.form;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangeKind;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with an optional range as a field shows and a user types it: {@code 2.5 (1.8 to 3.2)}
 * is 2.5 with a lognormal 90% interval (a triangular range around 2.5 when the low end is 0),
 * {@code 2.5 (1.8 to 3.2 uniform)} or {@code triangular} names the kind (a triangular range's mode
 * is the value, unless {@code , mode 2.6} follows), {@code 2.5} alone has no range. Numbers as
 * {@link Numbers} reads them, in the field's shown unit.
 */
final class RangeText {
    private static final Pattern WITH_RANGE = Pattern.compile(
            "^(.*?)\\((.+?)\\bto\\b(.+?)(?:\\b(lognormal|triangular|uniform)\\b)?\\s*(?:,\\s*mode\\s+(.+?))?\\)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private RangeText() {
    }

    /**
     * What was typed.
     *
     * @param value the number before the parentheses (shown unit), or null when it is not a number
     * @param range the range in the shown unit, or null when none was typed
     * @param error what is wrong with the range text, or null
     */
    record Typed(Double value, Range range, String error) {
    }

    /** Whether the text has a range part (parentheses). */
    static boolean hasRange(String text) {
        return text.indexOf('(') >= 0;
    }

    static Typed parse(String text, String label) {
        Matcher m = WITH_RANGE.matcher(text.strip());
        if (!m.matches()) {
            return new Typed(null, null, label + ": write a range as \"2.5 (1.8 to 3.2)\", optionally with"
                    + " \"uniform\" or \"triangular\" before the closing parenthesis");
        }
        OptionalDouble v = Numbers.parse(m.group(1));
        OptionalDouble lo = Numbers.parse(m.group(2));
        OptionalDouble hi = Numbers.parse(m.group(3));
        if (v.isEmpty()) {
            return new Typed(null, null, label + " must be a number, not \"" + m.group(1).strip() + "\"");
        }
        if (lo.isEmpty() || hi.isEmpty()) {
            return new Typed(v.getAsDouble(), null, label + ": the range's ends must be numbers, not \""
                    + m.group(2).strip() + "\" to \"" + m.group(3).strip() + "\"");
        }
        String word = m.group(4);
        RangeKind kind = word != null ? RangeKind.ofLabel(word)
                : lo.getAsDouble() > 0 ? RangeKind.LOGNORMAL : RangeKind.TRIANGULAR;
        Double mode = null;
        if (kind == RangeKind.TRIANGULAR) {
            OptionalDouble typed = m.group(5) == null ? OptionalDouble.of(v.getAsDouble()) : Numbers.parse(m.group(5));
            if (typed.isEmpty()) {
                return new Typed(v.getAsDouble(), null, label + ": the mode must be a number, not \"" + m.group(5) + "\"");
            }
            mode = typed.getAsDouble();
        }
        try {
            return new Typed(v.getAsDouble(), new Range(kind, lo.getAsDouble(), hi.getAsDouble(), mode), null);
        } catch (InvalidInputException e) {
            return new Typed(v.getAsDouble(), null, label + ": " + e.getMessage());
        }
    }

    /** The text a field shows: the value, then its range when it has one ({@code shown = stored x scale}). */
    static String format(double value, Range range, double scale) {
        String v = Numbers.format(value * scale);
        if (range == null) {
            return v;
        }
        String text = v + " (" + Numbers.format(range.low() * scale) + " to " + Numbers.format(range.high() * scale);
        boolean implied = range.kind() == (range.low() > 0 ? RangeKind.LOGNORMAL : RangeKind.TRIANGULAR);
        if (!implied) {
            text += " " + range.kind().label();
        }
        if (range.kind() == RangeKind.TRIANGULAR && range.mode() != value) {
            text += ", mode " + Numbers.format(range.mode() * scale);
        }
        return text + ")";
    }
}
