package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.List;

/** Small builders for engine tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final CommonCosts G5_FIXED = new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0);

    static Workload summariser() {
        return new Workload("document_summariser", 10_000, new TypedMeans(1800, 400), null, 1.0);
    }

    static Stack haiku() {
        return new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00),
                CommonCosts.NONE);
    }

    static Stack gpt4o() {
        return new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.50, 10.00), CommonCosts.NONE);
    }

    /** One g5.xlarge at the 1-year reserved $0.636/h, throughput unset as in the seed, N_min = 1. */
    static Stack llamaG5() {
        return new Stack("Llama 3 70B", true, gpu(1.006, 0.636, RateKind.RESERVED_1Y, 0, 0, 1.0, 1, 0), G5_FIXED);
    }

    /** A GPU fleet: on-demand and 1y reserved rates, chosen rate, throughput, ceiling, N_min, N_r. */
    static SelfHostedGpu gpu(double onDemand, double reserved1y, RateKind rate, double rOut, double rIn, double u,
                             int min, int reserved) {
        return new SelfHostedGpu("g5.xlarge", 1, onDemand, reserved1y, 0, 0, 0, 0.30, rate, rOut, rIn, u, min,
                reserved, RateKind.RESERVED_1Y, null);
    }

    static Project seed() {
        return project(List.of(summariser()), List.of(haiku(), gpt4o(), llamaG5()), List.of());
    }

    static Project project(List<Workload> w, List<Stack> s, List<Plan> p) {
        return new Project("test", Settings.DEFAULT, w, s, p);
    }

    static ManagedApi api(double in, double out, double cr, double cw, double h, double w, double b, double d,
                          double fee, double perRequest) {
        return new ManagedApi("P", "M", in, out, cr, cw, h, w, b, d, null, fee, perRequest, null, null);
    }

    static StackResult result(Report r, String workload, String stack) {
        return r.results().stream().filter(x -> x.workload().equals(workload) && x.stack().equals(stack))
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + stack + " / " + workload));
    }

    static StackResult only(Workload w, Stack s) {
        return CostEngine.report(project(List.of(w), List.of(s), List.of())).results().get(0);
    }

    static CommonCosts common(double fixed, double engHours, double engRate, double onCall, double oneOff,
                              double months, double extrasPer1000, double failure) {
        return new CommonCosts(fixed, 0, 0, 0, engHours, engRate, onCall, oneOff, months, 0, 0, 0, 0, extrasPer1000,
                failure);
    }
}
