package com.cp1ki.engine.model;

/**
 * A range on one input of the project, named by its field path as text (e.g.
 * {@code stacks[GPT-4o].serving.outputPrice}, {@code workloads[chat].tokens.inputScale}; see
 * {@code engine.field.FieldPath}). Whether the path names a field of the project, and whether the
 * range fits that field's bounds, is checked where the range is used ({@code engine.uncertainty}),
 * because an edit elsewhere (a renamed stack, a serving kind switched) may leave a range behind;
 * it is kept, not lost, and named in the message.
 *
 * @param field the field path's text
 * @param range how uncertain the field is
 */
public record RangedInput(String field, Range range) {

    public RangedInput {
        Check.name("ranged field", field);
        Check.present("range of " + field, range);
    }
}
