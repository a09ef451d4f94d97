package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cp1ki simulate} on the ranges sample, at few draws. */
class SimulateCommandTest {
    static final String SAMPLE = "sample-projects/summariser-ranges.cp1ki";

    @Test
    void jsonCarriesTheStampPercentilesAndTheChanceOfBeingCheapestAsTheEngineComputesThem() throws Exception {
        CliRun run = CliRun.of("simulate", SAMPLE, "--draws", "300", "--seed", "9", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(9, j.get("seed").asLong());
        assertEquals(300, j.get("draws").asInt());
        assertEquals("n = 300, seed = 9", j.get("stamp").asText());
        assertEquals(8, j.get("inputs").size());
        Project p = ProjectFiles.load(Path.of(SAMPLE));
        var sim = UncertaintyEngine.simulator(p, 9, 300);
        sim.run(0, 300);
        Simulation s = sim.result();
        Simulation.Result gpt = s.output("cp1ki/document_summariser/GPT-4o").orElseThrow();
        JsonNode out = null;
        for (JsonNode o : j.get("outputs")) {
            if (o.get("key").asText().equals("cp1ki/document_summariser/GPT-4o")) {
                out = o;
            }
        }
        assertEquals(gpt.stats().p10(), out.get("p10").asDouble(), 0.0);
        assertEquals(gpt.stats().p90(), out.get("p90").asDouble(), 0.0);
        assertEquals("cp1ki", out.get("kind").asText());
        assertEquals(101, out.get("cdf").size());
        assertTrue(out.get("contributions").size() > 0);
        double sum = 0;
        for (JsonNode c : j.get("cheapest").get(0).get("stacks")) {
            sum += c.get("probability").asDouble();
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void markdownAndCsvStampEveryTableAndTheSameSeedGivesTheSameText() {
        CliRun md = CliRun.of("simulate", SAMPLE, "--draws", "120");
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("## CP1Ki (cost per 1,000 inferences) (n = 120, seed = 42)"), md.out());
        assertTrue(md.out().contains("Chance of being the cheapest"), md.out());
        assertEquals(md.out(), CliRun.of("simulate", SAMPLE, "--draws", "120").out(), "same file and seed, same text");
        CliRun csv = CliRun.of("simulate", SAMPLE, "--draws", "120", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertTrue(csv.out().startsWith(String.join(",", SimulationCsv.COLUMNS) + "\r\n"), csv.out());
        assertTrue(csv.out().contains(",42,120\r\n"));
    }

    @Test
    void badDrawsOrSeedOrAFileWithoutTheFieldAreNamed() {
        CliRun many = CliRun.of("simulate", SAMPLE, "--draws", "2000000");
        assertEquals(Cli.USAGE, many.exit());
        assertTrue(many.err().contains("--draws must be from 1 to 1,000,000"), many.err());
        CliRun seed = CliRun.of("simulate", SAMPLE, "--seed", "4.2");
        assertEquals(Cli.USAGE, seed.exit());
        assertTrue(seed.err().contains("--seed must be a whole number"), seed.err());
        CliRun words = CliRun.of("simulate", SAMPLE, "--draws", "many");
        assertEquals(Cli.USAGE, words.exit());
        CliRun missing = CliRun.of("simulate", "no-such-file.cp1ki");
        assertEquals(Cli.FAILED, missing.exit());
        assertTrue(missing.err().contains("no-such-file.cp1ki"), missing.err());
    }

    @Test
    void aProjectWithoutRangesSimulatesToItsPointReport() throws Exception {
        CliRun run = CliRun.of("simulate", CliRun.SEED, "--draws", "5", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertEquals(0, j.get("inputs").size());
        for (JsonNode o : j.get("outputs")) {
            if (!o.get("base").isNull()) {
                assertEquals(o.get("base").asDouble(), o.get("p5").asDouble(), 0.0, o.get("key").asText());
                assertEquals(o.get("base").asDouble(), o.get("p95").asDouble(), 0.0, o.get("key").asText());
            }
        }
    }

    /** A million draws in a small Java heap: refused up front, naming the draws and how many fit, not an OutOfMemoryError. */
    @Test
    void drawsTheHeapCannotHoldAreRefusedSayingHowManyFit(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = dir.resolve("out.txt");
        Process child = com.cp1ki.ChildJvm.start(com.cp1ki.Launcher.class, java.util.List.of("-Xmx48m"),
                java.util.List.of("simulate", SAMPLE, "--draws", "1000000"), log);
        assertTrue(child.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "the refusal is immediate");
        String out = java.nio.file.Files.readString(log);
        assertEquals(1, child.exitValue(), out);
        assertTrue(out.contains("1,000,000 draws of this project would keep about")
                && out.contains("use at most") && out.contains("-Xmx"), out);
        assertTrue(!out.contains("OutOfMemoryError"), out);
    }
}
