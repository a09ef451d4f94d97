package com.cp1ki.engine.model;

import java.util.Locale;

/**
 * One change a scenario makes to its base: a field of the project, addressed by its path's text
 * (see {@code engine.field.FieldPath}: {@code stacks[GPT-4o].serving.outputPrice},
 * {@code workloads[chat].inferencesPerDay}, {@code workloads[chat].routing[Haiku].share}), either
 * set to a value or scaled by a factor. Stored as a change, not as a copy of the field, so an edit
 * of the base flows into every scenario that does not override that field.
 *
 * <p>The path is not resolved here: a path whose item was renamed or deleted stays in the scenario
 * and is flagged when the scenario is applied ({@code engine.scenario}), never dropped.
 *
 * @param field the field's path, as text
 * @param op    {@link Op#SET} or {@link Op#SCALE}
 * @param value SET: a Double (a number), a Boolean (a switch), a String (a choice: the constant's
 *              name, e.g. {@code RESERVED_1Y}) or null (unset an optional number); SCALE: the factor,
 *              a finite Double >= 0
 */
public record FieldOverride(String field, Op op, Object value) {

    /** How an override changes its field. */
    public enum Op {
        /** the field takes the value */
        SET,
        /** the field's base value is multiplied by the factor */
        SCALE;

        /** "set" or "scale", as the file writes it. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FieldOverride {
        Check.name("overridden field", field);
        Check.present("override kind", op);
        if (value instanceof Number n && !(value instanceof Double)) {
            value = n.doubleValue();
        }
        if (op == Op.SCALE) {
            if (!(value instanceof Double f)) {
                throw new InvalidInputException("scale factor", "the override of " + field
                        + " scales by a factor, so it needs a number, was " + value);
            }
            Check.nonNegative("scale factor of " + field, f);
        } else if (value instanceof Double d) {
            Check.finite("value of " + field, d);
        } else if (value instanceof String s) {
            Check.name("choice of " + field, s);
        } else if (value != null && !(value instanceof Boolean)) {
            throw new InvalidInputException("value of " + field, "the override of " + field
                    + " takes a number, true or false, or a choice, not " + value.getClass().getSimpleName());
        }
    }

    /** Sets a number. */
    public static FieldOverride set(String field, double value) {
        return new FieldOverride(field, Op.SET, value);
    }

    /** Sets a field to any value a field takes (Double, Boolean, enum name, or null to unset). */
    public static FieldOverride setValue(String field, Object value) {
        return new FieldOverride(field, Op.SET, value instanceof Enum<?> e ? e.name() : value);
    }

    /** Scales a number by a factor (3 for "x3", 0.5 for "-50%"). */
    public static FieldOverride scale(String field, double factor) {
        return new FieldOverride(field, Op.SCALE, factor);
    }

    /** The same change of another field (its item was renamed). */
    public FieldOverride withField(String f) {
        return new FieldOverride(f, op, value);
    }

    /** The factor of a SCALE override (NaN for SET). */
    public double factor() {
        return op == Op.SCALE ? (Double) value : Double.NaN;
    }
}
