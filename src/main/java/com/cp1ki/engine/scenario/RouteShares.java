package com.cp1ki.engine.scenario;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.OverrideProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing-share overrides of one workload ({@code workloads[chat].routing[Haiku].share}),
 * applied together: the overridden routes take their shares (a stack the workload is not routed to
 * yet gains a route), and the routes not overridden share what is left in proportion to their base
 * shares, so the workload's shares still add up to 100%. A route left with no share is removed.
 */
final class RouteShares implements Overrides.Step {

    private final String workload;
    private final Map<String, FieldOverride> byStack = new LinkedHashMap<>();

    RouteShares(String workload) {
        this.workload = workload;
    }

    /** Whether a path is a routing share: {@code workloads[w].routing[s].share}. */
    static boolean isShare(FieldPath path) {
        var s = path.segments();
        return s.size() == 3 && s.get(0).component().equals("workloads") && s.get(0).keyed()
                && s.get(1).component().equals("routing") && s.get(1).keyed()
                && s.get(2).component().equals("share") && !s.get(2).keyed();
    }

    void add(FieldOverride o, FieldPath path) {
        byStack.put(path.segments().get(1).key(), o);
    }

    @Override
    public List<FieldOverride> overrides() {
        return List.copyOf(byStack.values());
    }

    @Override
    public Project apply(Project p) {
        Workload w = p.workload(workload).orElse(null);
        if (w == null) {
            throw new Overrides.Flagged(first(), OverrideProblem.MISSING, "there is no workload '" + workload + "'");
        }
        Map<String, Double> set = new LinkedHashMap<>();
        for (var e : byStack.entrySet()) {
            String stack = e.getKey();
            FieldOverride o = e.getValue();
            if (p.stack(stack).isEmpty()) {
                throw new Overrides.Flagged(o, OverrideProblem.MISSING, "there is no stack '" + stack + "'");
            }
            boolean routed = w.routing().stream().anyMatch(r -> r.stack().equals(stack));
            if (o.op() == FieldOverride.Op.SCALE && !routed) {
                throw new Overrides.Flagged(o, OverrideProblem.UNSET, "workload '" + workload
                        + "' is not routed to stack '" + stack + "' in the base, so there is no share to scale;"
                        + " set the share instead");
            }
            if (o.op() == FieldOverride.Op.SET && !(o.value() instanceof Double)) {
                throw new Overrides.Flagged(o, OverrideProblem.INVALID, "a routing share takes a number");
            }
            set.put(stack, o.op() == FieldOverride.Op.SET ? (Double) o.value() : w.shareOn(stack) * o.factor());
        }
        return p.withWorkloads(p.workloads().stream().map(x -> x == w ? w.withRouting(routing(w, set)) : x).toList());
    }

    private List<Route> routing(Workload w, Map<String, Double> set) {
        double overridden = 0;
        for (double v : set.values()) {
            overridden += v;
        }
        double rest = 0;
        for (Route r : w.routing()) {
            if (!set.containsKey(r.stack())) {
                rest += r.share();
            }
        }
        double left = 1 - overridden;
        if (left < -Workload.SHARE_TOLERANCE) {
            throw new InvalidInputException("routing shares", "the routing shares this scenario gives workload '"
                    + workload + "' add up to " + Route.percent(overridden) + ", above 100%");
        }
        if (rest <= 0 && left > Workload.SHARE_TOLERANCE) {
            throw new InvalidInputException("routing shares", "the routing shares this scenario gives workload '"
                    + workload + "' add up to " + Route.percent(overridden)
                    + " and no other route takes the remaining " + Route.percent(left));
        }
        double factor = rest > 0 ? Math.max(0, left) / rest : 0;
        if (Math.abs(factor - 1) < 1e-12) {
            factor = 1;
        }
        List<Route> out = new ArrayList<>();
        for (Route r : w.routing()) {
            Double v = set.get(r.stack());
            double share = v != null ? v : r.share() * factor;
            boolean changed = share != r.share();
            if (!(changed && share <= Workload.SHARE_TOLERANCE / 10)) {
                out.add(changed ? r.withShare(Math.min(1, share)) : r);
            }
        }
        for (var e : set.entrySet()) {
            if (w.routing().stream().noneMatch(r -> r.stack().equals(e.getKey()))
                    && e.getValue() > Workload.SHARE_TOLERANCE / 10) {
                out.add(new Route(e.getKey(), Math.min(1, e.getValue())));
            }
        }
        return out;
    }

    @Override
    public boolean drop(FieldOverride o) {
        byStack.values().remove(o);
        return !byStack.isEmpty();
    }

    private FieldOverride first() {
        return byStack.values().iterator().next();
    }
}
