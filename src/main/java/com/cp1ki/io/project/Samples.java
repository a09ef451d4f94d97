package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;

import java.util.List;

/** The sample projects bundled in the jar (sample-projects/ in the repository). */
public final class Samples {

    /** Seed 004's worked example: what the workbench opens when started with no file. */
    public static final String SEED = "summariser-seed.cp1ki";

    private Samples() {
    }

    /** The file names of every bundled sample, the seed first. */
    public static List<String> names() {
        return List.of(SEED);
    }

    /**
     * The seed project. It ships inside the jar and is tested, so a failure to load it is a
     * broken build, reported as an IllegalStateException.
     */
    public static Project seed() {
        try {
            return ProjectFiles.loadBundledSample(SEED);
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the bundled seed sample does not load: " + e.getMessage(), e);
        }
    }
}
