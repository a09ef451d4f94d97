package com.cp1ki.app.session;

/**
 * A selectable thing in the project outline: the project settings, or a workload, stack or plan
 * by name. Editors and the outline agree on the selection through this value.
 */
public record Item(Kind kind, String name) {

    public enum Kind {
        SETTINGS("Project settings"), WORKLOAD("Workload"), STACK("Stack"), PLAN("Plan");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final Item SETTINGS = new Item(Kind.SETTINGS, "");

    public static Item workload(String n) {
        return new Item(Kind.WORKLOAD, n);
    }

    public static Item stack(String n) {
        return new Item(Kind.STACK, n);
    }

    public static Item plan(String n) {
        return new Item(Kind.PLAN, n);
    }

    /** "stack 'GPT-4o'", for undo descriptions. */
    public String describe() {
        return kind == Kind.SETTINGS ? "project settings" : kind.label().toLowerCase() + " '" + name + "'";
    }
}
