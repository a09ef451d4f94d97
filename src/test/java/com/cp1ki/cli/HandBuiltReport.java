package com.cp1ki.cli;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.List;

/**
 * Seed 004's project and a report built by hand with its published numbers, to test the writers
 * on their own (the engine's numbers are tested against the sample file in ReportCommandTest).
 */
final class HandBuiltReport {

    static final String WORKLOAD = "document_summariser";

    private HandBuiltReport() {
    }

    static Project project(Settings settings) {
        Workload w = new Workload(WORKLOAD, 10_000, new TypedMeans(1800, 400), 0.05, 1.0);
        SelfHostedGpu gpu = new SelfHostedGpu("g5.xlarge", 1, 1.006, 0.636, 0, 0, 0, 0, RateKind.RESERVED_1Y,
                0, 0, 1, 1, 0, RateKind.RESERVED_1Y, null);
        CommonCosts infra = new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0);
        List<Stack> stacks = List.of(
                new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00), CommonCosts.NONE),
                new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.50, 10.00), CommonCosts.NONE),
                new Stack("Llama 3 70B, g5.xlarge", true, gpu, infra));
        Plan plan = new Plan("Basic, \"unlimited\"", 299, null, 0, List.of(WORKLOAD), "Claude Haiku 3.5",
                new LognormalUsage(300, 1000), 1000.0);
        return new Project("Summariser (seed 004)", settings, List.of(w), stacks, List.of(plan));
    }

    static Project project() {
        return project(Settings.DEFAULT);
    }

    static Project projectInRupees() {
        return project(new Settings("INR", 83, "2026-11-01", "illustrative", 730, 30, 1e2, 1e8));
    }

    static Report report() {
        StackResult haiku = api("Claude Haiku 3.5", 0.00304, List.of(
                new Explanation("cost per inference", "(I x p_in + O x p_out) / 1,000,000",
                        "(1800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304", 0.00304, "USD"),
                new Explanation("CP1Ki", "1000 x cost per inference", "1000 x $0.00304 = $3.04", 3.04, "USD")));
        StackResult gpt = api("GPT-4o", 0.0085, List.of(
                new Explanation("cost per inference", "(I x p_in + O x p_out) / 1,000,000",
                        "(1800 x 2.50 + 400 x 10.00) / 1,000,000 = $0.0085", 0.0085, "USD")));
        double llamaMonthly = 0.636 * 730 + 12;
        Summary cost = new Summary(1, llamaMonthly / 300_000, llamaMonthly / 300_000, llamaMonthly / 300_000,
                llamaMonthly / 300_000, llamaMonthly / 300_000, llamaMonthly / 300_000, true);
        StackResult llama = new StackResult(WORKLOAD, "Llama 3 70B, g5.xlarge", "gpu", llamaMonthly / 300_000,
                llamaMonthly / 300, llamaMonthly / 30, llamaMonthly, 300_000,
                new Breakdown(0, 0.636 * 730, 12, 0, 0), 1, 0.25, 0.05 / (llamaMonthly / 300_000), RoiBand.EXCELLENT,
                0.05 / (llamaMonthly / 300_000), RoiBand.EXCELLENT, cost, 1.0, 0.05, tokens(1800), tokens(400),
                List.of(new Explanation("monthly cost", "N x rate x H + fixed", "1 x $0.636 x 730 + $12.00 = $476.28",
                        llamaMonthly, "USD/month")));
        Crossover withOps = new Crossover(WORKLOAD, "GPT-4o", "Llama 3 70B, g5.xlarge", true, List.of(1868.2352941176),
                1868.2352941176, "Llama 3 70B, g5.xlarge", "GPT-4o", List.of());
        Crossover never = new Crossover(WORKLOAD, "Claude Haiku 3.5", "GPT-4o", false, List.of(), null,
                "Claude Haiku 3.5", "Claude Haiku 3.5", List.of());
        PlanResult plan = new PlanResult("Basic, \"unlimited\"", "Claude Haiku 3.5", 0.00304, 299 / 83.0, null, 0,
                400, 300, 299 / 83.0, 1.216, 299 / 83.0 - 1.216, 66.2, 0.01, 1185.0, 299 / 83.0 - 0.912, 1000,
                299 / 83.0 - 3.04, null, List.of(), List.of());
        Warning warning = new Warning("fleet-underused", "Llama 3 70B, g5.xlarge / " + WORKLOAD,
                "The fleet runs at 25% utilisation, below 30%.");
        return new Report(List.of(haiku, gpt, llama), List.of(withOps, never), List.of(plan), List.of(), List.of(warning));
    }

    private static StackResult api(String stack, double perInference, List<Explanation> explanations) {
        Summary cost = new Summary(1, perInference, perInference, perInference, perInference, perInference, perInference, true);
        return new StackResult(WORKLOAD, stack, "api", perInference, perInference * 1000, perInference * 10_000,
                perInference * 300_000, 300_000, new Breakdown(perInference * 300_000, 0, 0, 0, 0), null, null,
                0.05 / perInference, RoiBand.of(0.05 / perInference), 0.05 / perInference, RoiBand.of(0.05 / perInference),
                cost, 1.0, 0.05, tokens(1800), tokens(400), explanations);
    }

    private static Summary tokens(double t) {
        return new Summary(1, t, t, t, t, t, t, true);
    }
}
