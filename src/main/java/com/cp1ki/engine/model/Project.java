package com.cp1ki.engine.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole project: settings, workloads, stacks and plans (the base), how uncertain its inputs are,
 * its named scenarios (overrides of the base; see {@link Scenario}) and how its request logs are
 * judged for drift, and the inputs of its month-by-month forecast. Names are unique per kind; sizes
 * within {@link Limits}.
 *
 * <p>Derive a project from another with the {@code withX} methods, which keep its uncertainty and
 * scenarios, drift setup and forecast; the five-argument constructor is for a new project, which has the
 * defaults.
 *
 * @param uncertainty ranges on inputs, the Monte Carlo seed and draws, the tornado's swing
 *                    ({@link Uncertainty#DEFAULT} when the project has none)
 * @param scenarios   at most {@link #MAX_SCENARIOS}, names unique; their overrides are not resolved
 *                    here (an override of a renamed or deleted item is kept, and flagged when applied)
 * @param drift       the drift setup ({@link DriftSetup#DEFAULT} when the file has none)
 * @param forecast    the month-by-month projection's inputs ({@link Forecast#NONE} when none is set); an
 *                    entry for a stack the project does not have is ignored (and warned about by the forecast)
 */
public record Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans,
                      Uncertainty uncertainty, List<Scenario> scenarios, DriftSetup drift,
                      Forecast forecast) {

    /** How many scenarios a project holds at most, beside its base. */
    public static final int MAX_SCENARIOS = 8;

    /** A project with the default uncertainty (no ranges) and no scenarios. */
    public Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans) {
        this(name, settings, workloads, stacks, plans, Uncertainty.DEFAULT, List.of(), DriftSetup.DEFAULT,
                Forecast.NONE);
    }

    /** A project without scenarios. */
    public Project(String name, Settings settings, List<Workload> workloads, List<Stack> stacks, List<Plan> plans,
                   Uncertainty uncertainty) {
        this(name, settings, workloads, stacks, plans, uncertainty, List.of(), DriftSetup.DEFAULT, Forecast.NONE);
    }

    public Project {
        Check.name("project name", name);
        Check.present("settings", settings);
        Check.present("uncertainty", uncertainty);
        workloads = List.copyOf(workloads);
        stacks = List.copyOf(stacks);
        plans = List.copyOf(plans);
        Check.present("drift", drift);
        Check.present("forecast", forecast);
        scenarios = List.copyOf(Check.present("scenarios", scenarios));
        if (scenarios.size() > MAX_SCENARIOS) {
            throw new InvalidInputException("scenarios", "a project holds at most " + MAX_SCENARIOS
                    + " scenarios beside its base; this one has " + scenarios.size());
        }
        Names.unique("scenario", scenarios, Scenario::name);
        Limits.counts(workloads.size(), stacks.size(), plans.size());
        Names<Workload> workloadNames = Names.unique("workload", workloads, Workload::name);
        Names<Stack> byName = Names.unique("stack", stacks, Stack::name);
        Names.unique("plan", plans, Plan::name);
        // indexed loops, no iterators: a Monte Carlo draw builds thousands of projects a second
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            for (int k = 0; k < p.workloads().size(); k++) {
                String w = p.workloads().get(k);
                if (workloadNames.get(w) == null) {
                    throw new InvalidInputException("plan '" + p.name() + "' workloads",
                            "plan '" + p.name() + "' uses workload '" + w + "', which the project does not have");
                }
            }
            if (byName.get(p.stack()) == null) {
                throw new InvalidInputException("plan '" + p.name() + "' stack",
                        "plan '" + p.name() + "' uses stack '" + p.stack() + "', which the project does not have");
            }
        }
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            for (int k = 0; k < w.routing().size(); k++) {
                Route r = w.routing().get(k);
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
        LeverReferences.check(stacks);
    }

    /** The workloads that are in the portfolio (routed), in project order. */
    public List<Workload> routedWorkloads() {
        return workloads.stream().filter(Workload::routed).toList();
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
        return new Project(name, settings, w, stacks, plans, uncertainty, scenarios, drift, forecast);
    }

    public Project withStacks(List<Stack> s) {
        return new Project(name, settings, workloads, s, plans, uncertainty, scenarios, drift, forecast);
    }

    public Project withPlans(List<Plan> p) {
        return new Project(name, settings, workloads, stacks, p, uncertainty, scenarios, drift, forecast);
    }

    public Project withSettings(Settings s) {
        return new Project(name, s, workloads, stacks, plans, uncertainty, scenarios, drift, forecast);
    }

    public Project withUncertainty(Uncertainty u) {
        return new Project(name, settings, workloads, stacks, plans, u, scenarios, drift, forecast);
    }

    public Project withName(String n) {
        return new Project(n, settings, workloads, stacks, plans, uncertainty, scenarios, drift, forecast);
    }

    public Project withScenarios(List<Scenario> s) {
        return new Project(name, settings, workloads, stacks, plans, uncertainty, s, drift, forecast);
    }

    public Project withDrift(DriftSetup d) {
        return new Project(name, settings, workloads, stacks, plans, uncertainty, scenarios, d, forecast);
    }

    public Project withForecast(Forecast f) {
        return new Project(name, settings, workloads, stacks, plans, uncertainty, scenarios, drift, f);
    }

    public Optional<Scenario> scenario(String n) {
        return scenarios.stream().filter(s -> s.name().equals(n)).findFirst();
    }
}
