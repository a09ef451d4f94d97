package com.cp1ki.app.scenario;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.InvalidInputException;

import java.util.Locale;

/**
 * An override as people type and read it: "7.5" or "= 7.5" (set a number), "x3" or "*3" (scale), "+50%" or
 * "-50%" (scale by 1.5 or 0.5), "on"/"off", "not set", or a choice such as "RESERVED_1Y".
 */
final class OverrideText {

    private OverrideText() {
    }

    static FieldOverride parse(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("=")) {
            t = t.substring(1).strip(); // as the list shows a set value: "= 7.5"
        }
        if (t.isEmpty()) {
            throw new InvalidInputException("override", "type a value (7.5), a factor (x3), a change (-50%), on/off,"
                    + " a choice or 'not set' for " + field);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("x") || lower.startsWith("*") || lower.startsWith("×")) {
            return FieldOverride.scale(field, number(field, t.substring(1)));
        }
        if ((t.startsWith("+") || t.startsWith("-")) && t.endsWith("%")) {
            return FieldOverride.scale(field, 1 + number(field, t.substring(0, t.length() - 1)) / 100);
        }
        switch (lower) {
            case "on", "true", "yes" -> {
                return FieldOverride.setValue(field, true);
            }
            case "off", "false", "no" -> {
                return FieldOverride.setValue(field, false);
            }
            case "not set", "unset", "none" -> {
                return FieldOverride.setValue(field, null);
            }
            default -> {
            }
        }
        if (Character.isDigit(t.charAt(0)) || t.startsWith(".") || t.startsWith("-") || t.startsWith("+")) {
            return FieldOverride.set(field, number(field, t));
        }
        return FieldOverride.setValue(field, t);
    }

    private static double number(String field, String s) {
        String t = s.strip().replace("_", "");
        if (t.indexOf(',') >= 0) {
            throw new InvalidInputException("override", "'" + s + "' for " + field
                    + " has a comma; write numbers with a decimal point and no thousands separators");
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("override", "'" + s + "' for " + field + " is not a number");
        }
    }

    /** A whole number grouped ("40,000"), any other as typed ("0.636", "2.50"). */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Fmt.count(d) : Fmt.input(d);
    }

    /** "= 7.5", "x 3", "= on", "= RESERVED_1Y", "= not set". */
    static String describe(FieldOverride o) {
        if (o.op() == FieldOverride.Op.SCALE) {
            return "x " + number(o.factor());
        }
        return "= " + value(o.value());
    }

    /** A field's value for people: a number as typed, on/off, a choice's name, "not set". */
    static String value(Object v) {
        if (v == null) {
            return "not set";
        }
        if (v instanceof Number n) {
            return number(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return b ? "on" : "off";
        }
        return v instanceof Enum<?> e ? e.name() : v.toString();
    }
}
