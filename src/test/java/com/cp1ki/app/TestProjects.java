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
}
