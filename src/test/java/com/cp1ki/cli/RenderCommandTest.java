package com.cp1ki.cli;

import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cp1ki render}: every chart of the seed as a PNG of the asked size, and clear errors. */
class RenderCommandTest {

    @BeforeAll
    static void keepOneToolkitForTheWholeTestRun() {
        // render shuts down a toolkit it started itself; in a shared test JVM it must find one running
        Fx.start();
    }

    private static List<Path> pngs(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    @Test
    void writesEveryChartOfTheSeedAtTheAskedScale() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render");
        CliRun run = CliRun.of("render", SEED, "--out", out.toString(), "--scale", "1");
        assertEquals(0, run.exit(), run.err());
        Project seed = ProjectFiles.load(Path.of(SEED));
        int expected = RenderPlan.of(seed, CostEngine.report(seed)).size();
        List<Path> files = pngs(out);
        assertEquals(expected, files.size(), files.toString());
        assertTrue(expected >= 8, "cp1ki, 2 crossovers, ROI and a cost distribution per stack: " + expected);
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(1200, img.getWidth(), f.toString());
            assertEquals(700, img.getHeight(), f.toString());
        }
        assertEquals(expected, run.out().lines().count());
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("cp1ki-document-summariser.png")));
    }

    @Test
    void namesLongerThanAFileNameAreShortenedAndKeptApart() throws Exception {
        // issue 9, item 13: a workload name over 255 bytes made render fail with a JDK stack trace
        Project seed = ProjectFiles.load(Path.of(SEED));
        String longName = "Résumé of every contract ".repeat(20);
        Project p = seed.withPlans(List.of()).withStacks(List.of(seed.stacks().get(0)))
                .withWorkloads(List.of(seed.workloads().get(0).withName(longName + "A"),
                        seed.workloads().get(0).withName(longName + "B")));
        Path dir = Files.createTempDirectory("cp1ki-render-long");
        Path file = dir.resolve("long.cp1ki");
        ProjectFiles.save(p, file);
        Path out = dir.resolve("charts");
        CliRun run = CliRun.of("render", file.toString(), "--out", out.toString(), "--scale", "1");
        assertEquals(0, run.exit(), run.err());
        List<Path> files = pngs(out);
        assertEquals(RenderPlan.of(p, CostEngine.report(p)).size(), files.size(), files.toString());
        for (Path f : files) {
            int bytes = f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertTrue(bytes < 160, f + " is " + bytes + " bytes");
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("cp1ki-resume-of-every-contract-")));
    }

    @Test
    void theDefaultScaleIsTwo() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render2");
        CliRun run = CliRun.of("render", SEED, "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        BufferedImage img = ImageIO.read(out.resolve("roi-document-summariser.png").toFile());
        assertEquals(2400, img.getWidth());
        assertEquals(1400, img.getHeight());
    }

    @Test
    void withoutAnOutputFolderItIsAUsageError() {
        CliRun run = CliRun.of("render", SEED);
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().startsWith("cp1ki render: missing --out DIR"), run.err());
    }

    @Test
    void aScaleOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("render", SEED, "--out", "target/never", "--scale", "9");
        assertEquals(Cli.USAGE, run.exit());
        assertTrue(run.err().contains("--scale must be a number from 1 to 4"), run.err());
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        CliRun run = CliRun.of("render", "no/such/file.cp1ki", "--out", "target/never");
        assertEquals(Cli.FAILED, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("cp1ki render: "), run.err());
    }
}
