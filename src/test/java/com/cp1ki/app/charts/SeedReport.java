package com.cp1ki.app.charts;

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
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.Headline;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 004's worked example as a hand-built report (the numbers the cost model's reference cases
 * state), so chart tests do not depend on the engine: 10,000 inferences/day of 1,800 in / 400 out
 * tokens on Claude Haiku 3.5 ($3.04), GPT-4o ($8.50) and Llama 3 70B on one g5.xlarge ($1.5876).
 */
public final class SeedReport {

    public static final String WORKLOAD = "document_summariser";
    public static final String HAIKU = "Claude Haiku 3.5";
    public static final String GPT = "GPT-4o";
    public static final String LLAMA = "Llama 3 70B";
    /** Where Haiku's linear cost ($0.0912 per inference/day per month) meets Llama's $476.28. */
    public static final double HAIKU_LLAMA_CROSSING = 476.28 / 0.0912;

    private SeedReport() {
    }

    public static Project project() {
        return project(Settings.DEFAULT);
    }

    public static Project project(Settings settings) {
        Workload w = new Workload(WORKLOAD, 10_000, new TypedMeans(1800, 400), 0.05, 1.0);
        ManagedApi haiku = new ManagedApi("Anthropic", HAIKU, 0.80, 4.00, 0.08, 1.0, 0, 0, 0, 0.5, null, 0, 0,
                "2024-11-04", "anthropic.com/pricing");
        Stack s1 = new Stack(HAIKU, true, haiku, CommonCosts.NONE);
        Stack s2 = new Stack(GPT, true, ManagedApi.simple("OpenAI", GPT, 2.50, 10.00), CommonCosts.NONE);
        SelfHostedGpu g5 = new SelfHostedGpu("g5.xlarge", 1, 1.006, 0.636, 0, 0, 0, 0, RateKind.RESERVED_1Y,
                300, 0, 0.8, 1, 0, RateKind.RESERVED_1Y, null);
        CommonCosts fixed = new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0);
        Stack s3 = new Stack(LLAMA, true, g5, fixed);
        Plan plan = new Plan("Pro", 3.60, null, 0, List.of(WORKLOAD), HAIKU, new LognormalUsage(1000, 4000), 12_000.0);
        return new Project("Summariser seed", settings, List.of(w), List.of(s1, s2, s3), List.of(plan));
    }

    public static Report report() {
        double monthlyInf = 300_000;
        List<StackResult> results = List.of(
                api(HAIKU, 0.00304, 912.0, monthlyInf, 0.05 / 0.00304, 0.05 / 0.0035),
                api(GPT, 0.0085, 2550.0, monthlyInf, 0.05 / 0.0085, 0.05 / 0.0098),
                new StackResult(WORKLOAD, LLAMA, "gpu", 476.28 / monthlyInf, 476.28 / 300, 476.28 / 30, 476.28,
                        monthlyInf, new Breakdown(0, 464.28, 12, 0, 0), 1, 0.4, 0.05 / (476.28 / monthlyInf),
                        RoiBand.of(0.05 / (476.28 / monthlyInf)), 20.0, RoiBand.of(20),
                        cost(476.28 / monthlyInf), 1, 0.05, tokens(1800), tokens(400),
                        List.of(new Explanation("GPU cost per month", "N x rate x H", "1 x 0.636 x 730 = $464.28",
                                464.28, "USD/month"))));
        List<CostCurve> curves = new ArrayList<>();
        for (boolean ops : new boolean[]{true, false}) {
            curves.add(line(HAIKU, ops, 0.0912));
            curves.add(line(GPT, ops, 0.255));
            curves.add(new CostCurve(WORKLOAD, LLAMA, ops, List.of(
                    new CostCurve.Segment(1e2, 2e5, 476.28, 0, 1),
                    new CostCurve.Segment(2e5, 4e5, 940.56, 0, 2),
                    new CostCurve.Segment(4e5, 1e8, 12, 464.28 / 2e5, 3))));
        }
        List<Crossover> crossovers = new ArrayList<>();
        for (boolean ops : new boolean[]{true, false}) {
            double at = HAIKU_LLAMA_CROSSING;
            crossovers.add(new Crossover(WORKLOAD, HAIKU, LLAMA, ops, List.of(at), at, LLAMA, HAIKU,
                    List.of(new Crossover.Crossing(at, false, 476.28, 476.28))));
        }
        List<CheapestStacks> cheapest = new ArrayList<>();
        for (boolean ops : new boolean[]{true, false}) {
            cheapest.add(new CheapestStacks(WORKLOAD, ops, List.of(
                    new CheapestStacks.Band(1e2, HAIKU_LLAMA_CROSSING, HAIKU, false),
                    new CheapestStacks.Band(HAIKU_LLAMA_CROSSING, 1e8, LLAMA, false)), 1));
        }
        Headline.Choice llama = new Headline.Choice(LLAMA, 476.28, List.of(), HAIKU, 912.0, 435.72 / 300, 435.72,
                HAIKU_LLAMA_CROSSING, HAIKU, null, null);
        Headline headline = new Headline(WORKLOAD, 10_000, llama, llama, HEADLINE);
        return new Report(results, crossovers, List.of(plan()), curves, List.of(), null, cheapest, List.of(headline));
    }

    /** The headline the hand-built report carries. */
    public static final String HEADLINE = "For document_summariser at 10,000 inferences/day, Llama 3 70B is cheapest: "
            + "$1.45 per 1,000 inferences ($435.72 a month) less than Claude Haiku 3.5. It is cheapest above 5,222 "
            + "inferences/day; Claude Haiku 3.5 is cheaper below.";

    private static PlanResult plan() {
        double c = 0.00304;
        List<PlanResult.UsagePoint> curve = new ArrayList<>();
        for (int k = 0; k <= 60; k++) {
            double x = 100 + k * 250;
            double sigma = Math.log(4) / 1.6449;
            double z = (Math.log(x) - Math.log(1000)) / sigma;
            double density = Math.exp(-z * z / 2) / (x * sigma * Math.sqrt(2 * Math.PI));
            curve.add(new PlanResult.UsagePoint(x, 3.60 - x * c, density));
        }
        return new PlanResult("Pro", HAIKU, c, 3.60, null, 0, 1400, 1000, 3.60, 1400 * c, 3.60 - 1400 * c,
                100 * (3.60 - 1400 * c) / 3.60, 0.05, 3.60 / c, 0.56, 12_000, 3.60 - 12_000 * c,
                -(3.60 - 12_000 * c) / 0.56, curve,
                List.of(new Explanation("margin at median", "price - x x c", "3.60 - 1000 x 0.00304 = $0.56", 0.56, "USD")));
    }

    private static CostCurve line(String stack, boolean ops, double slope) {
        return new CostCurve(WORKLOAD, stack, ops, List.of(new CostCurve.Segment(1e2, 1e8, 0, slope, 0)));
    }

    private static StackResult api(String stack, double cpi, double monthly, double inf, double roi, double roi95) {
        return new StackResult(WORKLOAD, stack, "api", cpi, cpi * 1000, monthly / 30, monthly, inf,
                new Breakdown(monthly, 0, 0, 0, 0), null, null, roi, RoiBand.of(roi), roi95, RoiBand.of(roi95),
                cost(cpi), 1, 0.05, tokens(1800), tokens(400),
                List.of(new Explanation("cost per inference", "(I x p_in + O x p_out) / 1,000,000",
                        "(1800 x in + 400 x out) / 1,000,000 = $" + cpi, cpi, "USD")));
    }

    private static com.cp1ki.engine.dist.Summary cost(double c) {
        return new Summary(1, c, c, c, c, c, c, true);
    }

    private static Summary tokens(double t) {
        return new Summary(1, t, t, t, t, t, t, true);
    }
}
