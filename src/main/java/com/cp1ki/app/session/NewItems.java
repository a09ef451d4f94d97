package com.cp1ki.app.session;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Serving;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Projects with one new item appended, as the outline's Add commands create them. The starting
 * values are placeholders the user is expected to edit, chosen to be valid and visible in charts:
 * a workload of 1,000 inferences/day at 1,000 input and 250 output tokens; a plan at 20 (display
 * currency) per user with usage median 300 and p95 1,500 inferences per month.
 */
public final class NewItems {

    private NewItems() {
    }

    public static Project workload(Project p, String name) {
        List<Workload> l = new ArrayList<>(p.workloads());
        l.add(new Workload(name, 1000, new TypedMeans(1000, 250), null, 1.0));
        return p.withWorkloads(l);
    }

    public static Project stack(Project p, String name, Serving serving) {
        List<Stack> l = new ArrayList<>(p.stacks());
        l.add(new Stack(name, true, serving, CommonCosts.NONE));
        return p.withStacks(l);
    }

    public static Project plan(Project p, String name) {
        List<Plan> l = new ArrayList<>(p.plans());
        l.add(new Plan(name, 20, null, 0, List.of(p.workloads().get(0).name()), p.stacks().get(0).name(),
                new LognormalUsage(300, 1500), null));
        return p.withPlans(l);
    }
}
