package com.cp1ki.app.form;

import com.cp1ki.engine.field.Records;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Sharing;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** The {@link Target}s editors edit: settings, a workload, a stack's serving and common costs, a plan. */
public final class Targets {

    private Targets() {
    }

    public static Target<Settings> settings() {
        return at(c -> "settings." + c, of("project settings", Project::settings, Project::withSettings));
    }

    /**
     * The project's forecast. Setting it refuses a forecast whose volume growth would take a
     * workload's volume out of bounds within its months (the message names the volume growth). Its
     * rates may carry a range (at {@code forecast.<rate>}): the forecast's fan.
     */
    public static Target<Forecast> forecast() {
        // the months projected are a length, not a rate: no range (the fan draws rates)
        return at(c -> c.equals("months") ? null : "forecast." + c, of("the forecast", Project::forecast, (p, f) -> {
            f.checkVolumes(p.workloads());
            return p.withForecast(f);
        }));
    }

    public static Target<Workload> workload(String name) {
        return workload(() -> name);
    }

    /**
     * A workload by its current name: {@code name} is read at each use, so an editor's targets
     * follow a rename of the item they edit.
     */
    public static Target<Workload> workload(Supplier<String> name) {
        return at(item("workloads", name),
                of(() -> "workload '" + name.get() + "'", p -> p.workload(name.get()).orElseThrow(),
                (p, w) -> ProjectEdits.replaceWorkload(p, name.get(), old -> w)));
    }

    /** The typed means of a workload; setting them replaces a distribution with typed means. */
    public static Target<TypedMeans> typedMeans(String workload) {
        return typedMeans(() -> workload);
    }

    public static Target<TypedMeans> typedMeans(Supplier<String> workload) {
        Target<Workload> w = workload(workload);
        return at(item("workloads", workload, "tokens"), of(w::describe, p -> {
            var t = w.get(p).tokens();
            return t instanceof TypedMeans m ? m : new TypedMeans(t.meanInput(), t.meanOutput());
        }, (p, m) -> w.set(p, w.get(p).withTokens(m))));
    }

    public static Target<ManagedApi> api(String stack) {
        return api(() -> stack);
    }

    public static Target<ManagedApi> api(Supplier<String> stack) {
        return at(item("stacks", stack, "serving"), of(() -> "stack '" + stack.get() + "'", p -> {
            if (p.stack(stack.get()).orElseThrow().serving() instanceof ManagedApi m) {
                return m;
            }
            throw new NoSuchElementException(stack.get() + " is not a managed API stack");
        }, (p, m) -> ProjectEdits.replaceStack(p, stack.get(), s -> s.withServing(m))));
    }

    public static Target<SelfHostedGpu> gpu(String stack) {
        return gpu(() -> stack);
    }

    public static Target<SelfHostedGpu> gpu(Supplier<String> stack) {
        return at(item("stacks", stack, "serving"), of(() -> "stack '" + stack.get() + "'", p -> {
            if (p.stack(stack.get()).orElseThrow().serving() instanceof SelfHostedGpu g) {
                return g;
            }
            throw new NoSuchElementException(stack.get() + " is not a self-hosted GPU stack");
        }, (p, g) -> ProjectEdits.replaceStack(p, stack.get(), s -> s.withServing(g))));
    }

    public static Target<CommonCosts> common(String stack) {
        return common(() -> stack);
    }

    public static Target<CommonCosts> common(Supplier<String> stack) {
        return at(item("stacks", stack, "common"), of(() -> "stack '" + stack.get() + "'",
                p -> p.stack(stack.get()).orElseThrow().common(),
                (p, c) -> ProjectEdits.replaceStack(p, stack.get(), s -> s.withCommon(c))));
    }

    /** A stack's sharing keys in the portfolio. */
    public static Target<Sharing> sharing(String stack) {
        return sharing(() -> stack);
    }

    /** A stack's sharing keys, the stack read by its current name (it follows a rename). */
    public static Target<Sharing> sharing(Supplier<String> stack) {
        return at(item("stacks", stack, "sharing"), of(() -> "stack '" + stack.get() + "'",
                p -> p.stack(stack.get()).orElseThrow().sharing(),
                (p, s) -> ProjectEdits.replaceStack(p, stack.get(), x -> x.withSharing(s))));
    }

    public static Target<Plan> plan(String name) {
        return plan(() -> name);
    }

    public static Target<Plan> plan(Supplier<String> name) {
        return at(item("plans", name),
                of(() -> "plan '" + name.get() + "'", p -> p.plans().stream().filter(x -> x.name().equals(name.get()))
                .findFirst().orElseThrow(), (p, pl) -> ProjectEdits.replacePlan(p, name.get(), old -> pl)));
    }

    /** A plan's lognormal usage (median, p95); absent when the plan uses imported user counts. */
    public static Target<LognormalUsage> usage(String plan) {
        return usage(() -> plan);
    }

    public static Target<LognormalUsage> usage(Supplier<String> plan) {
        Target<Plan> t = plan(plan);
        return at(item("plans", plan, "usage"), of(t::describe, p -> {
            if (t.get(p).usage() instanceof LognormalUsage u) {
                return u;
            }
            throw new NoSuchElementException("plan usage is imported user counts");
        }, (p, u) -> {
            Plan pl = t.get(p);
            if (!(pl.usage() instanceof LognormalUsage)) {
                throw new InvalidInputException("usage", "this plan's usage comes from imported user counts");
            }
            return t.set(p, Records.with(pl, "usage", u));
        }));
    }

    /** A target from a getter and a setter. */
    public static <T> Target<T> of(String describe, java.util.function.Function<Project, T> get,
                                   java.util.function.BiFunction<Project, T, Project> set) {
        return of(() -> describe, get, set);
    }

    /** {@code t} with its field path (see {@link Target#path()}), read at each use. */
    static <T> Target<T> at(java.util.function.Function<String, String> path, Target<T> t) {
        return new Target<>() {
            @Override
            public String describe() {
                return t.describe();
            }

            @Override
            public T get(Project p) {
                return t.get(p);
            }

            @Override
            public Project set(Project p, T value) {
                return t.set(p, value);
            }

            @Override
            public String path(String component) {
                return path.apply(component);
            }
        };
    }

    private static java.util.function.Function<String, String> item(String list, Supplier<String> name,
                                                                     String... rest) {
        return c -> {
            String[] path = java.util.Arrays.copyOf(rest, rest.length + 1);
            path[rest.length] = c;
            return com.cp1ki.engine.field.FieldPath.item(list, name.get(), path).toString();
        };
    }

    /** A target whose description is read at each use (it names the item as it is called now). */
    public static <T> Target<T> of(Supplier<String> describe, java.util.function.Function<Project, T> get,
                                   java.util.function.BiFunction<Project, T, Project> set) {
        return new Target<>() {
            @Override
            public String describe() {
                return describe.get();
            }

            @Override
            public T get(Project p) {
                return get.apply(p);
            }

            @Override
            public Project set(Project p, T value) {
                return set.apply(p, value);
            }
        };
    }
}
