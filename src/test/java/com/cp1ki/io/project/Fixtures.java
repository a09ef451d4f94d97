package com.cp1ki.io.project;

import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Sharing;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;

import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangedInput;
import com.cp1ki.engine.model.Uncertainty;

import java.util.List;
import java.util.SplittableRandom;

/** Projects that exercise every record and variant the file format holds. */
final class Fixtures {
    private Fixtures() {
    }

    static TokenDistribution smallDistribution() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        b.add(1200, 300).add(1800, 400, 2.5).add(90_000, 1200).add(0, 0).add(127, 128, 1e6);
        return b.build();
    }

    /** More rows than a distribution keeps exactly, so only the histogram is saved. */
    static TokenDistribution largeDistribution() {
        SplittableRandom r = new SplittableRandom(42);
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int i = 0; i < TokenDistribution.MAX_EXACT_ROWS + 500; i++) {
            long in = (long) Math.exp(5 + 3 * r.nextDouble());
            long out = (long) Math.exp(2 + 4 * r.nextDouble());
            b.add(in, out, 1 + r.nextInt(3));
        }
        return b.build();
    }

    static Project everything() {
        Settings settings = new Settings("INR", 84.125, "2026-11-01", "RBI reference rate", 720, 31, 10, 1e7);
        Workload means = new Workload("chat", 25_000.5, new TypedMeans(850.25, 210), 0.015, 2.5);
        Workload small = new Workload("summarise", 3000, smallDistribution(), null, 1.0);
        Workload large = new Workload("code", 1e6, largeDistribution(), 0.001, 1.75);
        ManagedApi tiered = new ManagedApi("Google", "Gemini Pro", 1.25, 10, 0.3125, 1.5, 0.4, 0.1, 0.25, 0.5,
                new LongContextTier(200_000, 2.5, 15, 0.625, 3), 0.055, 0.0001, "2026-11-20", "https://ai.google.dev/pricing");
        ManagedApi plain = ManagedApi.simple("OpenAI", "GPT-4o mini", 0.15, 0.6);
        CommonCosts common = new CommonCosts(4, 5, 3, 7.5, 6, 120, 400, 12_000, 24, 2, 0.0004, 1, 0.0002, 0.05, 0.02);
        List<Stack> stacks = List.of(
                new Stack("Gemini tiered", true, tiered, common),
                new Stack("Mini", false, plain, CommonCosts.NONE),
                gpu("on demand", RateKind.ON_DEMAND, 0, RateKind.RESERVED_1Y),
                gpu("reserved 1y", RateKind.RESERVED_1Y, 2, RateKind.RESERVED_3Y),
                gpu("reserved 3y", RateKind.RESERVED_3Y, 0, RateKind.RESERVED_1Y),
                gpu("spot", RateKind.SPOT, 1, RateKind.RESERVED_1Y));
        List<Plan> plans = List.of(
                new Plan("Basic", 299, 500.0, 25, List.of("chat"), "Mini", new LognormalUsage(120, 900), null),
                new Plan("Team", 2499, null, 0, List.of("chat", "summarise"), "Gemini tiered",
                        new UserCounts(new double[]{0, 10, 250.5, 4000}, new double[]{3, 40, 12.5, 1}), 5000.0));
        return new Project("Everything", settings, List.of(means, small, large), stacks, plans);
    }

    private static Stack gpu(String name, RateKind rate, int reserved, RateKind term) {
        SelfHostedGpu g = new SelfHostedGpu("g6.12xlarge", 4, 4.602, 0, 0.35, 1.9, 0, 1.7, rate, 2400, 18_000,
                0.75, 2, reserved, term, "vLLM, Llama 3.1 8B, FP16 (illustrative)");
        return new Stack(name, true, g, CommonCosts.NONE);
    }

    /**
     * The project of golden-v3.cp1ki, the golden file this version writes: the format-2 golden
     * project plus format 3's additions. Each field format 3 adds is set here (on top of
     * {@link #goldenV2()}, which stays as it is), so the golden file carries it.
     */
    static Project golden() {
        Uncertainty u = new Uncertainty(7, 5_000, 0.25, List.of(
                new RangedInput("stacks[Sonnet].serving.outputPrice", Range.lognormal(12, 20)),
                new RangedInput("workloads[support_chat].inferencesPerDay", Range.triangular(8_000, 12_000, 20_000)),
                new RangedInput("workloads[long_docs].tokens.inputScale", Range.uniform(1, 1.5))));
        // drift: every field away from its default (hourly buckets, a 6-hour window), both mappings
        return goldenV2().withUncertainty(u).withScenarios(scenarios()).withDrift(new com.cp1ki.engine.model.DriftSetup(6, 168, 48, true, 1.5, 50, 2.5,
                true, true, 2.5, "Europe/Paris", java.util.Map.of("claude-sonnet-4-20250514", "Sonnet",
                "claude-3-5-haiku-20241022", "Haiku"), java.util.Map.of("chat-v2", "support_chat")));
    }

    /**
     * The project of golden-v2.cp1ki, kept forever: the format-1 golden project plus format 2's
     * additions (routing, an API with its fixed and ops split evenly, a fleet's keys and peak
     * coincidence).
     */
    static Project goldenV2() {
        Project v1 = goldenV1();
        Workload chat = v1.workloads().get(0).withRouting(List.of(new Route("Sonnet", 0.7), new Route("Haiku", 0.3)));
        Workload docs = v1.workloads().get(1).withRouting(List.of(new Route("Sonnet", 1)));
        Stack selfHosted = v1.stacks().get(1).withSharing(new Sharing(AllocationKey.REQUESTS, AllocationKey.EVEN, 0.8));
        Stack haiku = new Stack("Haiku", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.8, 4),
                new CommonCosts(0, 0, 25, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0),
                new Sharing(null, AllocationKey.EVEN, 1));
        return new Project(v1.name(), v1.settings(), List.of(chat, docs), List.of(v1.stacks().get(0), selfHosted, haiku),
                v1.plans());
    }

    /** Format 3's scenarios: every kind of override, and one of an item the project no longer has (kept, not dropped). */
    static List<Scenario> scenarios() {
        return List.of(new Scenario("Launch", "after the launch campaign", List.of(
                        FieldOverride.scale("workloads[support_chat].inferencesPerDay", 3),
                        FieldOverride.set("stacks[Sonnet].serving.outputPrice", 7.5),
                        FieldOverride.setValue("stacks[Self-hosted].enabled", true),
                        FieldOverride.setValue("stacks[Self-hosted].serving.rate", RateKind.RESERVED_1Y),
                        FieldOverride.setValue("workloads[support_chat].valuePerInference", null),
                        FieldOverride.set("workloads[support_chat].routing[Haiku].share", 0.5))),
                new Scenario("Renamed away", List.of(FieldOverride.set("stacks[Old name].serving.inputPrice", 1))));
    }

    /** The project of golden-v1.cp1ki, the format-1 golden file. */
    static Project goldenV1() {
        Settings settings = new Settings("EUR", 0.92, "2026-11-02", "ECB reference rate", 730, 30, 100, 1e8);
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        b.add(1200, 300).add(1800, 400, 2.5).add(250_000, 1200);
        Workload means = new Workload("support_chat", 12_000, new TypedMeans(900, 150), 0.05, 1.8);
        Workload dist = new Workload("long_docs", 800, b.build(), null, 1.0);
        ManagedApi tiered = new ManagedApi("Anthropic", "Claude Sonnet 4", 3, 15, 0.3, 3.75, 0.5, 0.1, 0.2, 0.5,
                new LongContextTier(200_000, 6, 22.5, 0.6, 7.5), 0.055, 0, "2026-11-20", "https://www.anthropic.com/pricing");
        SelfHostedGpu spot = new SelfHostedGpu("g6.xlarge", 1, 0.805, 0, 0.3, 0, 0.5, 0.35, RateKind.SPOT, 900, 9000,
                0.7, 1, 1, RateKind.RESERVED_3Y, "illustrative");
        CommonCosts ops = new CommonCosts(4, 5, 3, 0, 4, 100, 300, 6000, 12, 1, 0.001, 0, 0, 0.1, 0.01);
        Plan lognormal = new Plan("Starter", 9, 200.0, 2, List.of("support_chat"), "Sonnet",
                new LognormalUsage(80, 400), null);
        Plan counts = new Plan("Docs", 49, null, 0, List.of("support_chat", "long_docs"), "Self-hosted",
                new UserCounts(new double[]{10, 200, 3000}, new double[]{50, 20, 1}), 3000.0);
        return new Project("Golden", settings, List.of(means, dist),
                List.of(new Stack("Sonnet", true, tiered, CommonCosts.NONE), new Stack("Self-hosted", false, spot, ops)),
                List.of(lognormal, counts));
    }
}
