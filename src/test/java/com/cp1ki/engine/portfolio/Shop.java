package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Sharing;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;

import java.util.ArrayList;
import java.util.List;

/**
 * The hand-worked portfolio: a g5.xlarge at the 1-year reserved $0.636/h (730 h: $464.28 a month
 * an instance) with $12 of fixed cost, 100 output tokens/s and no prefill term, so a request of
 * 100 output tokens takes 1 GPU-second and one instance serves 86,400 GPU-seconds a day at u = 1;
 * feature A (1,000 in, 100 out: 1 s) and feature B (500 in, 200 out: 2 s); Haiku and GPT-4o as in
 * seed 004.
 */
final class Shop {
    static final double INSTANCE = 0.636 * 730;
    static final CommonCosts FIXED_12 = new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0);

    private Shop() {
    }

    static SelfHostedGpu g5(int min, int reserved) {
        return new SelfHostedGpu("g5.xlarge", 1, 1.006, 0.636, 0, 0, 0, 0.30, RateKind.RESERVED_1Y, 100, 0, 1, min,
                reserved, RateKind.RESERVED_1Y, null);
    }

    static Stack llama() {
        return new Stack("Llama", true, g5(1, 0), FIXED_12);
    }

    static Stack haiku() {
        return new Stack("Haiku", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00), CommonCosts.NONE);
    }

    static Stack gpt4o() {
        return new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.50, 10.00), CommonCosts.NONE);
    }

    static Workload a(double perDay, Route... routes) {
        return new Workload("A", perDay, new TypedMeans(1000, 100), null, 1.0, List.of(routes));
    }

    static Workload b(double perDay, Route... routes) {
        return new Workload("B", perDay, new TypedMeans(500, 200), null, 1.0, List.of(routes));
    }

    static Route all(String stack) {
        return new Route(stack, 1);
    }

    static Project project(List<Workload> w, Stack... stacks) {
        return new Project("shop", Settings.DEFAULT, w, List.of(stacks), List.of());
    }

    static Project withPlan(Project p, Plan plan) {
        List<Plan> plans = new ArrayList<>(p.plans());
        plans.add(plan);
        return p.withPlans(plans);
    }

    static Portfolio bill(Project p) {
        return CostEngine.report(p).portfolio();
    }

    static Report report(Project p) {
        return CostEngine.report(p);
    }

    static Stack sharing(Stack s, AllocationKey fleet, AllocationKey overhead, double coincidence) {
        return s.withSharing(new Sharing(fleet, overhead, coincidence));
    }
}
