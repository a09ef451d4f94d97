package com.cp1ki.app.session;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.scenario.ScenarioEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Pure functions from a project to the next for the outline's operations: add, duplicate,
 * rename (references in plans follow), delete, move, enable. Each returns a new project or throws
 * {@link InvalidInputException} with a message for the user.
 */
public final class ProjectEdits {

    private ProjectEdits() {
    }

    /** The names of one kind of item, in project order. */
    public static List<String> names(Project p, Item.Kind kind) {
        return switch (kind) {
            case WORKLOAD -> p.workloads().stream().map(Workload::name).toList();
            case STACK -> p.stacks().stream().map(Stack::name).toList();
            case PLAN -> p.plans().stream().map(Plan::name).toList();
            case SETTINGS -> List.of("");
        };
    }

    public static Project replaceWorkload(Project p, String name, UnaryOperator<Workload> f) {
        return p.withWorkloads(replace(p.workloads(), Workload::name, name, f, "workload"));
    }

    public static Project replaceStack(Project p, String name, UnaryOperator<Stack> f) {
        return p.withStacks(replace(p.stacks(), Stack::name, name, f, "stack"));
    }

    public static Project replacePlan(Project p, String name, UnaryOperator<Plan> f) {
        return p.withPlans(replace(p.plans(), Plan::name, name, f, "plan"));
    }

    /**
     * Renames an item; plans that use a renamed workload or stack, routes to a renamed stack, and
     * scenarios' overrides of the item's fields follow it.
     */
    public static Project rename(Project p, Item item, String to) {
        String from = item.name();
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("name", item.kind().label() + " name must not be empty");
        }
        String n = to.strip();
        Project renamed = switch (item.kind()) {
            case WORKLOAD -> new Project(p.name(), p.settings(),
                    replace(p.workloads(), Workload::name, from, w -> w.withName(n), "workload"), p.stacks(),
                    p.plans().stream().map(pl -> new Plan(pl.name(), pl.pricePerUserMonth(), pl.includedInferences(),
                            pl.overagePer1000(), pl.workloads().stream().map(w -> w.equals(from) ? n : w).toList(),
                            pl.stack(), pl.usage(), pl.powerUserUsage())).toList(), p.uncertainty(),
                    ScenarioEngine.renamed(p.scenarios(), ScenarioEngine.WORKLOADS, from, n), p.drift());
            case STACK -> new Project(p.name(), p.settings(),
                    p.workloads().stream().map(w -> w.withRoutedStackRenamed(from, n)).toList(),
                    replace(p.stacks(), Stack::name, from, s -> s.withName(n), "stack"),
                    p.plans().stream().map(pl -> pl.stack().equals(from) ? withStack(pl, n) : pl).toList(),
                    p.uncertainty(), ScenarioEngine.renamed(p.scenarios(), ScenarioEngine.STACKS, from, n), p.drift());
            case PLAN -> replacePlan(p, from, pl -> new Plan(n, pl.pricePerUserMonth(), pl.includedInferences(),
                    pl.overagePer1000(), pl.workloads(), pl.stack(), pl.usage(), pl.powerUserUsage()))
                    .withScenarios(ScenarioEngine.renamed(p.scenarios(), ScenarioEngine.PLANS, from, n));
            case SETTINGS -> p.withName(n);
        };
        String list = switch (item.kind()) {
            case WORKLOAD -> "workloads";
            case STACK -> "stacks";
            case PLAN -> "plans";
            case SETTINGS -> null;
        };
        // ranges on the item's fields, and drift mappings onto a stack or workload, follow the rename
        return renamed.withUncertainty(list == null ? p.uncertainty()
                : UncertaintyEngine.renamed(p.uncertainty(), list, from, n))
                .withDrift("stacks".equals(list) || "workloads".equals(list)
                        ? p.drift().withTargetRenamed("stacks".equals(list), from, n) : p.drift());
    }

    static Plan withStack(Plan pl, String stack) {
        return new Plan(pl.name(), pl.pricePerUserMonth(), pl.includedInferences(), pl.overagePer1000(),
                pl.workloads(), stack, pl.usage(), pl.powerUserUsage());
    }

    /**
     * Switches a stack on or off; refuses to switch off a stack routed workloads are served by,
     * naming them (their routing must move first: the bill needs every route's stack).
     */
    public static Project enable(Project p, String stack, boolean on) {
        if (!on) {
            refuseIfRouted(p, stack, "switched off");
        }
        return replaceStack(p, stack, s -> s.withEnabled(on));
    }

    private static void refuseIfRouted(Project p, String stack, String what) {
        List<String> served = p.workloads().stream().filter(w -> w.shareOn(stack) > 0
                        || w.routing().stream().anyMatch(r -> r.stack().equals(stack)))
                .map(w -> w.name() + " (" + com.cp1ki.engine.model.Route.percent(w.shareOn(stack)) + ")").toList();
        if (!served.isEmpty()) {
            throw new InvalidInputException("stack", "stack '" + stack + "' serves " + String.join(", ", served)
                    + " in production, so it cannot be " + what + "; move those shares to another stack first"
                    + " (the workload's routing, or Move a share beside the results)");
        }
    }

    /** Removes an item; refuses (with the plan's name) when a plan still uses it, or routed workloads a stack. */
    public static Project delete(Project p, Item item) {
        if (item.kind() == Item.Kind.STACK) {
            refuseIfRouted(p, item.name(), "deleted");
        }
        return switch (item.kind()) {
            case WORKLOAD -> p.withWorkloads(remove(p.workloads(), Workload::name, item.name()));
            case STACK -> p.withStacks(remove(p.stacks(), Stack::name, item.name()));
            case PLAN -> p.withPlans(remove(p.plans(), Plan::name, item.name()));
            case SETTINGS -> throw new InvalidInputException("project settings", "project settings cannot be deleted");
        };
    }

    /** Moves an item up (delta -1) or down (+1) in its list; at an end it stays. */
    public static Project move(Project p, Item item, int delta) {
        return switch (item.kind()) {
            case WORKLOAD -> p.withWorkloads(move(p.workloads(), Workload::name, item.name(), delta));
            case STACK -> p.withStacks(move(p.stacks(), Stack::name, item.name(), delta));
            case PLAN -> p.withPlans(move(p.plans(), Plan::name, item.name(), delta));
            case SETTINGS -> p;
        };
    }

    /** A copy of an item right after it, named "name (copy)", "name (copy 2)", ... Returns its name too. */
    public static Result duplicate(Project p, Item item) {
        return switch (item.kind()) {
            case WORKLOAD -> {
                String n = copyName(item.name(), p.workloads().stream().map(Workload::name).toList());
                yield new Result(p.withWorkloads(insertAfter(p.workloads(), Workload::name, item.name(),
                        w -> w.withName(n))), n);
            }
            case STACK -> {
                String n = copyName(item.name(), p.stacks().stream().map(Stack::name).toList());
                yield new Result(p.withStacks(insertAfter(p.stacks(), Stack::name, item.name(), s -> s.withName(n))), n);
            }
            case PLAN -> {
                String n = copyName(item.name(), p.plans().stream().map(Plan::name).toList());
                yield new Result(p.withPlans(insertAfter(p.plans(), Plan::name, item.name(), pl -> new Plan(n,
                        pl.pricePerUserMonth(), pl.includedInferences(), pl.overagePer1000(), pl.workloads(),
                        pl.stack(), pl.usage(), pl.powerUserUsage()))), n);
            }
            case SETTINGS -> throw new InvalidInputException("project settings", "project settings cannot be duplicated");
        };
    }

    /** A project and the name of the item an operation created. */
    public record Result(Project project, String name) {
    }

    /** "name (copy)", or "name (copy 2)", "name (copy 3)", ... whichever is not taken. */
    static String copyName(String name, List<String> taken) {
        String n = name + " (copy)";
        for (int k = 2; taken.contains(n); k++) {
            n = name + " (copy " + k + ")";
        }
        return n;
    }

    /** {@code base}, or "base 2", "base 3", ... whichever is not taken. */
    public static String freeName(String base, List<String> taken) {
        String n = base;
        for (int k = 2; taken.contains(n); k++) {
            n = base + " " + k;
        }
        return n;
    }

    private static <T> List<T> replace(List<T> list, Function<T, String> name, String target, UnaryOperator<T> f,
                                       String kind) {
        List<T> out = new ArrayList<>(list);
        out.set(indexOf(list, name, target, kind), f.apply(list.get(indexOf(list, name, target, kind))));
        return out;
    }

    private static <T> List<T> remove(List<T> list, Function<T, String> name, String target) {
        List<T> out = new ArrayList<>(list);
        out.remove(indexOf(list, name, target, "item"));
        return out;
    }

    private static <T> List<T> move(List<T> list, Function<T, String> name, String target, int delta) {
        int i = indexOf(list, name, target, "item");
        int j = Math.max(0, Math.min(list.size() - 1, i + delta));
        List<T> out = new ArrayList<>(list);
        out.add(j, out.remove(i));
        return out;
    }

    private static <T> List<T> insertAfter(List<T> list, Function<T, String> name, String target, UnaryOperator<T> copy) {
        int i = indexOf(list, name, target, "item");
        List<T> out = new ArrayList<>(list);
        out.add(i + 1, copy.apply(list.get(i)));
        return out;
    }

    private static <T> int indexOf(List<T> list, Function<T, String> name, String target, String kind) {
        for (int k = 0; k < list.size(); k++) {
            if (name.apply(list.get(k)).equals(target)) {
                return k;
            }
        }
        throw new InvalidInputException(kind, "there is no " + kind + " named '" + target + "'");
    }
}
