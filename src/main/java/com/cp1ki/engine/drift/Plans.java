package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A feature's last baseline-length of the log against its workload and the plan's results. */
final class Plans {
    private Plans() {
    }

    static ActualVsPlan of(String feature, String workload, Series s, int length, Granularity g, Project project,
                           Report report) {
        int f0 = 0;
        while (f0 < s.buckets && s.requests[f0] == 0) {
            f0++;
        }
        int last = s.buckets - 1;
        int from = Math.max(f0, last - length + 1);
        if (from > last) {
            from = last;
        }
        Sums[] p = Periods.sum(s, from, last, x -> true);
        double n = Periods.inferences(s, p);
        double in = 0;
        double out = 0;
        Map<String, Double> shares = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            if (p[k] != null && !s.keyFailed.get(k)) {
                in += p[k].in;
                out += p[k].out;
                shares.merge(s.keyStack.get(k).name(), p[k].n, Double::sum);
            }
        }
        double days = (last - from + 1) / (double) g.perDay();
        Workload w = workload == null ? null : project.workload(workload).orElse(null);
        List<ActualVsPlan.PlannedStack> stacks = new ArrayList<>();
        double token = 0;
        double all = 0;
        boolean complete = w != null && n > 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            double share = n > 0 ? e.getValue() / n : 0;
            StackResult r = w == null ? null : result(report, w.name(), e.getKey());
            Double t = r == null ? null : 1000 * r.monthly().tokens() / r.monthlyInferences();
            Double c = r == null ? null : r.cp1ki();
            stacks.add(new ActualVsPlan.PlannedStack(e.getKey(), share, t, c, routeShare(w, e.getKey())));
            if (r == null) {
                complete = false;
            } else {
                token += share * t;
                all += share * c;
            }
        }
        complete &= !stacks.isEmpty();
        Double routedToken = null;
        Double routedAll = null;
        if (w != null && w.routed()) {
            // the stacks the routing plans that the log did not use, so a missing share shows
            for (var route : w.routing()) {
                if (!shares.containsKey(route.stack())) {
                    StackResult r = result(report, w.name(), route.stack());
                    stacks.add(new ActualVsPlan.PlannedStack(route.stack(), 0,
                            r == null ? null : 1000 * r.monthly().tokens() / r.monthlyInferences(),
                            r == null ? null : r.cp1ki(), route.share()));
                }
            }
            var bill = report.portfolio() == null ? null : report.portfolio().feature(w.name()).orElse(null);
            if (bill != null && bill.monthlyInferences() > 0) {
                routedToken = 1000 * bill.monthly().tokens() / bill.monthlyInferences();
                routedAll = bill.cp1ki();
            }
        }
        return new ActualVsPlan(feature, w == null ? null : w.name(), g.label(s.first + from), g.label(s.first + last),
                days, days > 0 ? n / days : 0, n > 0 ? in / n : 0, n > 0 ? out / n : 0,
                n > 0 ? Periods.cp1ki(s, p) : null, w == null ? null : w.inferencesPerDay(),
                w == null ? null : w.tokens().meanInput(), w == null ? null : w.tokens().meanOutput(), stacks,
                complete ? token : null, complete ? all : null, routedToken, routedAll);
    }

    /** The workload's routing share to {@code stack} (0 when the routing does not use it), null when not routed. */
    private static Double routeShare(Workload w, String stack) {
        if (w == null || !w.routed()) {
            return null;
        }
        return w.routing().stream().filter(r -> r.stack().equals(stack)).mapToDouble(r -> r.share()).sum();
    }

    private static StackResult result(Report report, String workload, String stack) {
        for (StackResult r : report.results()) {
            if (r.workload().equals(workload) && r.stack().equals(stack)) {
                return r;
            }
        }
        return null;
    }
}
