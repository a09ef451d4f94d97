package com.cp1ki.app;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.util.List;

/** Small projects for toolkit-free tests: seed 004's summariser on two API stacks. */
public final class TestProjects {
    private TestProjects() {
    }

    public static Project seed004() {
        Workload w = new Workload("document_summariser", 10_000, new TypedMeans(1800, 400), 0.05, 1.0);
        Stack haiku = new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00), CommonCosts.NONE);
        Stack gpt = new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.50, 10.00), CommonCosts.NONE);
        return new Project("Summariser", Settings.DEFAULT, List.of(w), List.of(haiku, gpt), List.of());
    }

    /** The project with the volume of its first workload set. */
    public static Project withVolume(Project p, double perDay) {
        return p.withWorkloads(List.of(p.workloads().get(0).withVolume(perDay)));
    }

    /**
     * A project on which every chart of the pane draws something: its first workload routed 70/30 to
     * its first two stacks (the Bill), GPT-4o sending 25% through its batch API at 50% off (the
     * Levers' waterfall), volume growing 5% a month and API prices falling 10x a year over 24 months
     * (a moving Forecast; a flat one has nothing to draw).
     */
    public static Project everyChartDraws(Project p) {
        var w = p.workloads().get(0).withRouting(List.of(
                new com.cp1ki.engine.model.Route(p.stacks().get(0).name(), 0.7),
                new com.cp1ki.engine.model.Route(p.stacks().get(1).name(), 0.3)));
        Project batched = com.cp1ki.engine.field.Fields.with(p.withWorkloads(List.of(w)),
                com.cp1ki.engine.field.FieldPath.parse("stacks[GPT-4o].serving.batchShare"), 0.25);
        return batched.withForecast(new com.cp1ki.engine.model.Forecast(24, 0.05, 0, 0.9, 0, List.of()));
    }
}
