package com.cp1ki.engine.drift;

/**
 * How a model name of the log was priced.
 *
 * @param model       the name as logged
 * @param stack       the stack that prices it, or null when none does
 * @param how         {@code mapped} (explicit mapping), {@code matched} (the stack's model or name),
 *                    or why it is not priced: {@code unmapped}, {@code ambiguous}, {@code selfHosted},
 *                    {@code unknownStack} (a mapping to a stack the project does not have)
 * @param requests    requests of this model in the log
 * @param suggestion  a stack whose model this name looks like (a dated id of it), or null
 */
public record ModelUse(String model, String stack, String how, double requests, String suggestion) {

    public boolean priced() {
        return stack != null;
    }
}
