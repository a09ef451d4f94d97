package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.model.UsageDistribution;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.Where;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cp1ki.io.project.v2.Values.or;
import static com.cp1ki.io.project.v2.Values.required;
import static java.util.Map.entry;

/**
 * The explicit mapping between format-2 DTOs and engine records. Reading applies the documented
 * defaults for absent optional fields and turns every engine invariant into a {@code FieldError}
 * that names the JSON field; writing always writes every field, so saved files are explicit.
 */
public final class ProjectMapperV2 {

    /** The format these DTOs write: 3 (format 3 only added optional fields to format 2's DTOs). */
    public static final int VERSION = 3;

    private static final Map<String, String> SETTINGS_FIELDS = Map.of(
            "currency", "currency", "FX rate", "fxRateDisplayPerUsd", "FX date", "fxDate", "hours per month", "hoursPerMonth",
            "days per month", "daysPerMonth", "volume range start", "volumeMinInferencesPerDay",
            "volume range end", "volumeMaxInferencesPerDay");
    private static final Map<String, String> WORKLOAD_FIELDS = Map.of(
            "workload name", "name", "inferences per day", "inferencesPerDay", "token profile", "tokens",
            "value per inference", "valuePerInferenceUsd", "peak-to-average", "peakToAverage",
            "routing", "routing", "routing shares", "routing");
    private static final Map<String, String> PLAN_FIELDS = Map.ofEntries(
            entry("plan name", "name"), entry("price per user", "pricePerUserMonth"),
            entry("included inferences", "includedInferencesPerUserMonth"),
            entry("overage price", "overagePer1000Inferences"), entry("plan workloads", "workloads"),
            entry("plan stack", "stack"), entry("usage", "usage"),
            entry("power-user usage", "powerUserInferencesPerMonth"),
            entry("usage median", "usage.medianInferencesPerUserMonth"),
            entry("usage p95", "usage.p95InferencesPerUserMonth"),
            entry("user counts", "usage"));

    private ProjectMapperV2() {
    }

    public static ProjectDocument fromDto(ProjectDto d) {
        Where root = Where.root();
        String name = required(root, "name", d.name());
        Settings settings = d.settings() == null ? Settings.DEFAULT : settings(d.settings(), root.field("settings"));
        List<Workload> workloads = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<WorkloadDto> wds = d.workloads() == null ? List.of() : d.workloads();
        for (int i = 0; i < wds.size(); i++) {
            Where at = root.field("workloads").index(i);
            Workload w = workload(Values.element(at, wds.get(i)), at);
            if (!names.add(w.name())) {
                throw at.named(w.name()).error("name", "has the same name as an earlier workload");
            }
            workloads.add(w);
        }
        List<Stack> stacks = new ArrayList<>();
        List<StackDto> sds = d.stacks() == null ? List.of() : d.stacks();
        names.clear();
        for (int i = 0; i < sds.size(); i++) {
            Where at = root.field("stacks").index(i);
            Stack s = StackMapperV2.fromDto(Values.element(at, sds.get(i)), at);
            if (!names.add(s.name())) {
                throw at.named(s.name()).error("name", "has the same name as an earlier stack");
            }
            stacks.add(s);
        }
        checkRoutes(wds, workloads, stacks, root);
        List<Plan> plans = new ArrayList<>();
        List<PlanDto> pds = d.plans() == null ? List.of() : d.plans();
        names.clear();
        for (int i = 0; i < pds.size(); i++) {
            Where at = root.field("plans").index(i);
            Plan p = plan(Values.element(at, pds.get(i)), at, workloads, stacks);
            if (!names.add(p.name())) {
                throw at.named(p.name()).error("name", "has the same name as an earlier plan");
            }
            plans.add(p);
        }
        Uncertainty uncertainty = UncertaintyMapperV2.fromDto(d.uncertainty(), root.field("uncertainty"));
        List<Scenario> scenarios = ScenarioMapperV2.fromDto(d.scenarios(), root);
        try {
            return new ProjectDocument(new Project(name, settings, workloads, stacks, plans, uncertainty, scenarios,
                    DriftMapperV2.fromDto(d.drift(), root)), d.notes());
        } catch (InvalidInputException e) {
            // the size limits name the list at fault
            String list = Set.of("workloads", "stacks", "plans").contains(e.field()) ? e.field() : null;
            throw root.error(list, e.getMessage());
        }
    }

    /** Every route goes to a stack the project has, and that stack is enabled. */
    private static void checkRoutes(List<WorkloadDto> wds, List<Workload> workloads, List<Stack> stacks, Where root) {
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            Where at = root.field("workloads").index(i).named(w.name());
            for (int j = 0; j < w.routing().size(); j++) {
                Route r = w.routing().get(j);
                Stack s = stacks.stream().filter(x -> x.name().equals(r.stack())).findFirst().orElse(null);
                String field = "routing[" + j + "].stack";
                if (s == null) {
                    throw at.error(field, "routes " + Route.percent(r.share()) + " to stack '" + r.stack()
                            + "', which the project does not have");
                }
                if (!s.enabled()) {
                    throw at.error(field, "routes " + Route.percent(r.share()) + " to stack '" + r.stack()
                            + "', which is disabled; enable the stack or move that share to another");
                }
            }
        }
    }

    private static List<Route> routing(List<RouteDto> rds, Where at) {
        if (rds == null) {
            return List.of();
        }
        List<Route> out = new ArrayList<>();
        for (int j = 0; j < rds.size(); j++) {
            Where r = at.field("routing").index(j);
            RouteDto d = Values.element(r, rds.get(j));
            Where in = at.field("routing[" + j + "]");
            try {
                out.add(new Route(required(in, "stack", d.stack()), required(in, "share", d.share())));
            } catch (InvalidInputException e) {
                throw in.invalid(e, Map.of("routed stack", "stack", "routing share", "share"));
            }
        }
        return out;
    }

    private static Settings settings(SettingsDto s, Where at) {
        try {
            return new Settings(s.currency() == null ? "USD" : s.currency(), or(s.fxRateDisplayPerUsd(), 1.0),
                    s.fxDate(), s.fxSource(), or(s.hoursPerMonth(), 730), or(s.daysPerMonth(), 30),
                    or(s.volumeMinInferencesPerDay(), 1e2), or(s.volumeMaxInferencesPerDay(), 1e8));
        } catch (InvalidInputException e) {
            throw at.invalid(e, SETTINGS_FIELDS);
        }
    }

    private static Workload workload(WorkloadDto d, Where w) {
        Where at = w.named(d.name());
        TokensDto t = required(at, "tokens", d.tokens());
        try {
            return new Workload(required(at, "name", d.name()), required(at, "inferencesPerDay", d.inferencesPerDay()),
                    TokensMapperV2.fromDto(t, at, at.field("tokens")), d.valuePerInferenceUsd(),
                    or(d.peakToAverage(), 1.0), routing(d.routing(), at));
        } catch (InvalidInputException e) {
            throw at.invalid(e, WORKLOAD_FIELDS);
        }
    }

    private static Plan plan(PlanDto d, Where w, List<Workload> workloads, List<Stack> stacks) {
        Where at = w.named(d.name());
        List<String> uses = required(at, "workloads", d.workloads());
        for (int i = 0; i < uses.size(); i++) {
            String u = uses.get(i);
            if (workloads.stream().noneMatch(x -> x.name().equals(u))) {
                throw at.error("workloads[" + i + "]", "uses workload '" + u + "', which the project does not have");
            }
        }
        String stack = required(at, "stack", d.stack());
        if (stacks.stream().noneMatch(x -> x.name().equals(stack))) {
            throw at.error("stack", "uses stack '" + stack + "', which the project does not have");
        }
        try {
            return new Plan(required(at, "name", d.name()), required(at, "pricePerUserMonth", d.pricePerUserMonth()),
                    d.includedInferencesPerUserMonth(), or(d.overagePer1000Inferences(), 0), uses, stack,
                    usage(required(at, "usage", d.usage()), at.field("usage")), d.powerUserInferencesPerMonth());
        } catch (InvalidInputException e) {
            throw at.invalid(e, PLAN_FIELDS);
        }
    }

    private static UsageDistribution usage(UsageDto u, Where at) {
        if (u instanceof UsageDto.Lognormal l) {
            return new LognormalUsage(required(at, "medianInferencesPerUserMonth", l.medianInferencesPerUserMonth()),
                    required(at, "p95InferencesPerUserMonth", l.p95InferencesPerUserMonth()));
        }
        UsageDto.Counts c = (UsageDto.Counts) u;
        return new UserCounts(required(at, "inferencesPerUserMonth", c.inferencesPerUserMonth()),
                required(at, "users", c.users()));
    }

    public static ProjectDto toDto(ProjectDocument doc) {
        Project p = doc.project();
        Settings s = p.settings();
        SettingsDto settings = new SettingsDto(s.currency(), s.fxRate(), s.fxDate(), s.fxSource(), s.hoursPerMonth(),
                s.daysPerMonth(), s.volumeMin(), s.volumeMax());
        List<WorkloadDto> workloads = p.workloads().stream().map(w -> new WorkloadDto(w.name(), w.inferencesPerDay(),
                w.valuePerInference(), w.peakToAverage(),
                w.routing().stream().map(r -> new RouteDto(r.stack(), r.share())).toList(),
                TokensMapperV2.toDto(w.tokens()))).toList();
        List<StackDto> stacks = p.stacks().stream().map(StackMapperV2::toDto).toList();
        List<PlanDto> plans = p.plans().stream().map(ProjectMapperV2::toDto).toList();
        return new ProjectDto(VERSION, p.name(), doc.notes(), settings, workloads, stacks, plans,
                UncertaintyMapperV2.toDto(p.uncertainty()), ScenarioMapperV2.toDto(p.scenarios()),
                DriftMapperV2.toDto(p.drift()));
    }

    private static PlanDto toDto(Plan p) {
        UsageDto usage;
        if (p.usage() instanceof LognormalUsage l) {
            usage = new UsageDto.Lognormal(l.median(), l.p95());
        } else {
            UserCounts c = (UserCounts) p.usage();
            double[] x = new double[c.size()];
            double[] n = new double[c.size()];
            for (int k = 0; k < x.length; k++) {
                x[k] = c.usage(k);
                n[k] = c.users(k);
            }
            usage = new UsageDto.Counts(x, n);
        }
        return new PlanDto(p.name(), p.pricePerUserMonth(), p.includedInferences(), p.overagePer1000(), p.workloads(),
                p.stack(), usage, p.powerUserUsage());
    }
}
