package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;

import java.util.List;

/** The sample projects bundled in the jar (sample-projects/ in the repository). */
public final class Samples {

    /** Seed 004's worked example: what the workbench opens when started with no file. */
    public static final String SEED = "summariser-seed.cp1ki";
    /** Workloads from the Azure LLM inference trace 2023 (CC-BY 4.0, attribution beside the file). */
    public static final String AZURE_TRACE = "azure-llm-traces.cp1ki";
    /** Plans and margins of a subscription priced in INR. */
    public static final String PLANS = "plans-inr-subscription.cp1ki";
    /** A product of five features routed to two APIs and a shared self-hosted fleet: the monthly bill. */
    public static final String PORTFOLIO = "portfolio.cp1ki";
    /** Seed 004 with optimisation levers on every stack: the waterfalls. */
    public static final String LEVERS = "levers.cp1ki";
    /** The seed with ranges on its uncertain inputs: the tornado and the Monte Carlo. */
    public static final String RANGES = "summariser-ranges.cp1ki";

    private Samples() {
    }

    /** The file names of every bundled sample, the seed first. */
    public static List<String> names() {
        return List.of(SEED, AZURE_TRACE, PLANS, PORTFOLIO, RANGES, LEVERS);
    }

    /**
     * The seed project. It ships inside the jar and is tested, so a failure to load it is a
     * broken build, reported as an IllegalStateException.
     */
    public static Project seed() {
        return seedDocument().project();
    }

    /** The seed project with its notes (the seed's figures and which ones are illustrative). */
    public static ProjectDocument seedDocument() {
        try {
            return ProjectFiles.loadBundledSampleDocument(SEED);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the bundled seed sample does not load: " + e.getMessage(), e);
        }
    }
}
