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
        int expected = RenderPlan.of(seed, CostEngine.report(seed)).items().size();
        List<Path> files = pngs(out);
        assertEquals(expected, files.size(), files.toString());
        assertEquals(5, expected, "cp1ki, 2 crossovers, ROI and the plan's margins; typed means give no distribution");
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(1920, img.getWidth(), f.toString());
            assertEquals(1080, img.getHeight(), f.toString());
        }
        assertEquals(expected, run.out().lines().count());
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("cp1ki-document-summariser.png")));
    }

    @Test
    void aProjectWithScenariosAlsoGetsTheScenarioCharts() throws Exception {
        Project seed = ProjectFiles.load(Path.of(SEED));
        Project p = seed.withScenarios(List.of(new com.cp1ki.engine.model.Scenario("Triple", List.of(
                com.cp1ki.engine.model.FieldOverride.scale("workloads[document_summariser].inferencesPerDay", 3)))));
        Path dir = Files.createTempDirectory("cp1ki-render-scenarios");
        Path file = dir.resolve("scenarios.cp1ki");
        ProjectFiles.save(p, file);
        Path out = dir.resolve("charts");
        CliRun run = CliRun.of("render", file.toString(), "--out", out.toString(), "--scale", "1");
        assertEquals(0, run.exit(), run.err());
        List<String> names = pngs(out).stream().map(f -> f.getFileName().toString()).toList();
        assertEquals(5 + 3, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("scenarios-cp1ki-document-summariser.png",
                "scenarios-crossover-document-summariser.png", "scenarios-margin-pro.png")), names.toString());
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
        assertEquals(RenderPlan.of(p, CostEngine.report(p)).items().size(), files.size(), files.toString());
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
        assertEquals(3840, img.getWidth());
        assertEquals(2160, img.getHeight());
    }

    @Test
    void chartsWithoutInformationAreSkippedAndNamedOnStderr() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render-skip");
        CliRun run = CliRun.of("render", SEED, "--out", out.toString(), "--scale", "1");
        assertEquals(0, run.exit(), run.err());
        List<String> skipped = run.err().lines().filter(l -> l.startsWith("cp1ki render: skipped cost-distribution-"))
                .toList();
        assertEquals(4, skipped.size(), run.err());
        assertTrue(skipped.get(0).endsWith("costs the same on Claude Haiku 3.5 (typed token means), so its cost "
                + "distribution would be a single spike"), skipped.get(0));
        assertTrue(pngs(out).stream().noneMatch(p -> p.getFileName().toString().startsWith("cost-distribution")));
    }

    @Test
    void svgAndPdfOnRequestBesideEachOther() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render-vec");
        CliRun run = CliRun.of("render", SEED, "--out", out.toString(), "--format", "svg,pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(out.resolve("roi-document-summariser.svg")).contains("<svg"));
        assertTrue(Files.size(out.resolve("roi-document-summariser.pdf")) > 1000);
        assertTrue(pngs(out).isEmpty(), "only the formats asked for");
        assertEquals(10, run.out().lines().count(), run.out());
        CliRun bad = CliRun.of("render", SEED, "--out", out.toString(), "--format", "gif");
        assertEquals(Cli.USAGE, bad.exit());
        assertTrue(bad.err().contains("--format takes png, svg or pdf"), bad.err());
    }

    @Test
    void fourByThreeOnRequest() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render43");
        CliRun run = CliRun.of("render", SEED, "--out", out.toString(), "--scale", "1", "--aspect", "4:3");
        assertEquals(0, run.exit(), run.err());
        BufferedImage img = ImageIO.read(out.resolve("cp1ki-document-summariser.png").toFile());
        assertEquals(1440, img.getWidth());
        assertEquals(1080, img.getHeight());
        assertEquals(Cli.USAGE, CliRun.of("render", SEED, "--out", out.toString(), "--aspect", "3:2").exit());
    }

    @Test
    void writtenChartsHaveTheUsersNormalPermissionsAndNoTemporaryFilesRemain() throws Exception {
        Path out = Files.createTempDirectory("cp1ki-render-perm");
        assertEquals(0, CliRun.of("render", SEED, "--out", out.toString(), "--scale", "1").exit());
        // what any new file of this user gets (the umask), e.g. rw-r--r--, not the rw------- of a temporary file
        Path probe = Files.createFile(out.resolve("probe"));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> normal = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        for (Path f : pngs(out)) {
            assertEquals(normal, Files.getPosixFilePermissions(f), f.toString());
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndExitOne() throws Exception {
        Path file = Files.createTempFile("cp1ki-render", ".txt");
        CliRun run = CliRun.of("render", SEED, "--out", file.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains("cannot create the output folder"), run.err());
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
