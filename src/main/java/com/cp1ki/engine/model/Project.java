package com.cp1ki.engine.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole project: settings, workloads, stacks and plans (the base), how uncertain its inputs are,
 * its named scenarios (overrides of the base; see {@link Scenario}) and how its request logs are
 * judged for drift. Names are unique per kind; sizes within {@link Limits}.
 *
 * <p>Derive a project from another with the {@code withX} methods, which keep its uncertainty and
 * scenarios and drift setup; the five-argument constructor is for a new project, which has the
 * defaults.
 *
 * @param uncertainty ranges on inputs, the Monte Carlo seed and draws, the tornado's swing
 *                    ({@link Uncertainty#DEFAULT} when the project has none)
 * @param scenarios   at most {@link #MAX_SCENARIOS}, names unique; their overrides are not resolved
 *                    here (an override of a renamed or deleted item is kept, and flagged when applied)
 * @param drift       the drift setup ({@link DriftSetup#DEFAULT} when the file has none)
 */
public record Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans,
                      Uncertainty uncertainty, List<Scenario> scenarios, DriftSetup drift) {

    /** How many scenarios a project holds at most, beside its base. */
    public static final int MAX_SCENARIOS = 8;

    /** A project with the default uncertainty (no ranges) and no scenarios. */
    public Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans) {
        this(name, settings, workloads, stacks, plans, Uncertainty.DEFAULT, List.of(), DriftSetup.DEFAULT);
    }

    /** A project without scenarios. */
    public Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans,
                   Uncertainty uncertainty) {
        this(name, settings, workloads, stacks, plans, uncertainty, List.of(), DriftSetup.DEFAULT);
    }

    public Project {
        Check.name("project name", name);
        Check.present("settings", settings);
        Check.present("uncertainty", uncertainty);
        workloads = List.copyOf(workloads);
        stacks = List.copyOf(stacks);
        plans = List.copyOf(plans);
        Check.present("drift", drift);
        scenarios = List.copyOf(Check.present("scenarios", scenarios));
        if (scenarios.size() > MAX_SCENARIOS) {
            throw new InvalidInputException("scenarios", "a project holds at most " + MAX_SCENARIOS
                    + " scenarios beside its base; this one has " + scenarios.size());
        }
        unique("scenario", scenarios.stream().map(Scenario::name).toList());
        Limits.counts(workloads.size(), stacks.size(), plans.size());
        Set<String> workloadNames = unique("workload", workloads.stream().map(Workload::name).toList());
        Set<String> stackNames = unique("stack", stacks.stream().map(Stack::name).toList());
        unique("plan", plans.stream().map(Plan::name).toList());
        for (Plan p : plans) {
            for (String w : p.workloads()) {
                if (!workloadNames.contains(w)) {
                    throw new InvalidInputException("plan '" + p.name() + "' workloads",
                            "plan '" + p.name() + "' uses workload '" + w + "', which the project does not have");
                }
            }
            if (!stackNames.contains(p.stack())) {
                throw new InvalidInputException("plan '" + p.name() + "' stack",
                        "plan '" + p.name() + "' uses stack '" + p.stack() + "', which the project does not have");
            }
        }
        Map<String, Stack> byName = new HashMap<>();
        for (Stack s : stacks) {
            byName.put(s.name(), s);
        }
        for (Workload w : workloads) {
            for (Route r : w.routing()) {
                Stack s = byName.get(r.stack());
                if (s == null) {
                    throw new InvalidInputException("workload '" + w.name() + "' routing",
                            "workload '" + w.name() + "' routes " + Route.percent(r.share()) + " to stack '" + r.stack()
                                    + "', which the project does not have");
                }
                if (!s.enabled()) {
                    throw new InvalidInputException("workload '" + w.name() + "' routing",
                            "workload '" + w.name() + "' routes " + Route.percent(r.share()) + " to stack '" + r.stack()
                                    + "', which is disabled; enable the stack or move that share to another");
                }
            }
        }
    }

    /** The workloads that are in the portfolio (routed), in project order. */
    public List<Workload> routedWorkloads() {
        return workloads.stream().filter(Workload::routed).toList();
    }

    private static Set<String> unique(String kind, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new InvalidInputException(kind + " name", "two " + kind + "s are named '" + n + "'");
            }
        }
        return seen;
    }

    public Optional<Workload> workload(String n) {
        return workloads.stream().filter(w -> w.name().equals(n)).findFirst();
    }

    public Optional<Stack> stack(String n) {
        return stacks.stream().filter(s -> s.name().equals(n)).findFirst();
    }

    /**
     * The project with {@code amount} (a share of all its inferences) of workload {@code workload}
     * moved from stack {@code from} to stack {@code to}; see {@link Workload#withRouteMoved}.
     */
    public Project withRouteMoved(String workload, String from, String to, double amount) {
        Workload w = workload(workload).orElseThrow(() -> new InvalidInputException("workload",
                "there is no workload named '" + workload + "'"));
        if (stack(to).isEmpty()) {
            throw new InvalidInputException("move target", "there is no stack named '" + to + "'");
        }
        return withWorkloads(workloads.stream().map(x -> x == w ? w.withRouteMoved(from, to, amount) : x).toList());
    }

    public Project withWorkloads(List<Workload> w) {
        return new Project(name, settings, w, stacks, plans, uncertainty, scenarios, drift);
    }

    public Project withStacks(List<Stack> s) {
        return new Project(name, settings, workloads, s, plans, uncertainty, scenarios, drift);
    }

    public Project withPlans(List<Plan> p) {
        return new Project(name, settings, workloads, stacks, p, uncertainty, scenarios, drift);
    }

    public Project withSettings(Settings s) {
        return new Project(name, s, workloads, stacks, plans, uncertainty, scenarios, drift);
    }

    public Project withUncertainty(Uncertainty u) {
        return new Project(name, settings, workloads, stacks, plans, u, scenarios, drift);
    }

    public Project withName(String n) {
        return new Project(n, settings, workloads, stacks, plans, uncertainty, scenarios, drift);
    }

    public Project withScenarios(List<Scenario> s) {
        return new Project(name, settings, workloads, stacks, plans, uncertainty, s, drift);
    }

    public Project withDrift(DriftSetup d) {
        return new Project(name, settings, workloads, stacks, plans, uncertainty, scenarios, d);
    }

    public Optional<Scenario> scenario(String n) {
        return scenarios.stream().filter(s -> s.name().equals(n)).findFirst();
    }
}
