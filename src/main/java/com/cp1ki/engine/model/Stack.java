package com.cp1ki.engine.model;

/**
 * One way to serve workloads: its serving kind plus the costs common to every stack.
 *
 * @param name     unique within the project
 * @param enabled  whether the stack takes part in comparisons and charts
 * @param serving  managed API or self-hosted GPUs
 * @param common   fixed, ops, extras, retries
 */
public record Stack(String name, boolean enabled, Serving serving, CommonCosts common) {

    public Stack {
        Check.name("stack name", name);
        Check.present("serving", serving);
        Check.present("common costs", common);
    }

    public Stack withEnabled(boolean e) {
        return new Stack(name, e, serving, common);
    }

    public Stack withName(String n) {
        return new Stack(n, enabled, serving, common);
    }

    public Stack withServing(Serving s) {
        return new Stack(name, enabled, s, common);
    }

    public Stack withCommon(CommonCosts c) {
        return new Stack(name, enabled, serving, c);
    }
}
