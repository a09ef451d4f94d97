package com.cp1ki.cli;

import com.cp1ki.app.charts.Fx;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cp1ki deck}: a deck file PowerPoint opens, clear errors, nothing half-written. */
class DeckCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void keepOneToolkitForTheWholeTestRun() {
        Fx.start();
    }

    @Test
    void writesADeckThatOpens() throws Exception {
        Path out = dir.resolve("seed.pptx");
        CliRun run = CliRun.of("deck", SEED, "--out", out.toString(), "--date", "2026-11-30");
        assertEquals(0, run.exit(), run.err());
        assertEquals(out.toString(), run.out().strip());
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertTrue(ppt.getSlides().size() >= 5);
        }
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(out), "normal permissions");
    }

    @Test
    void aPdfIsTheOnePageSummaryWithTheHeadlineAndTheTable() throws Exception {
        Path out = dir.resolve("summary.pdf");
        CliRun run = CliRun.of("deck", SEED, "--out", out.toString(), "--date", "2026-11-30");
        assertEquals(0, run.exit(), run.err());
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("Document summariser (seed 004)"), text);
            assertTrue(text.contains("For Document summariser at 10,000 inferences/day, Llama 3 70B on g5.xlarge is "
                    + "cheapest: $1.45 per 1,000 inferences ($435.72 a month) less than Claude Haiku 3.5."), text);
            assertTrue(text.contains("Claude Haiku 3.5") && text.contains("$3.04") && text.contains("$8.50"), text);
            assertTrue(text.contains("Plan margins") || text.contains("Pro"), text);
            assertTrue(text.contains("Volume (inferences/day)"), "the crossover chart, as vectors: " + text);
        }
    }

    @Test
    void usageErrors() {
        assertEquals(Cli.USAGE, CliRun.of("deck", SEED).exit());
        CliRun notPptx = CliRun.of("deck", SEED, "--out", dir.resolve("x.ppt").toString());
        assertEquals(Cli.USAGE, notPptx.exit());
        assertTrue(notPptx.err().contains("--out must name a .pptx file (the deck) or a .pdf file"), notPptx.err());
        CliRun badDate = CliRun.of("deck", SEED, "--out", dir.resolve("x.pptx").toString(), "--date", "30/11/2026");
        assertEquals(Cli.USAGE, badDate.exit());
        assertTrue(badDate.err().contains("--date must be YYYY-MM-DD"), badDate.err());
    }

    @Test
    void aMissingProjectIsOneLineAndExitOne() {
        CliRun run = CliRun.of("deck", "no/such.cp1ki", "--out", dir.resolve("x.pptx").toString());
        assertEquals(Cli.FAILED, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(dir.resolve("x.pptx")));
    }

    @Test
    void aTargetThatCannotBeWrittenFailsWithAMessageAndLeavesNoPartialFile() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun run = CliRun.of("deck", SEED, "--out", notAFolder.resolve("deck.pptx").toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().startsWith("cp1ki deck: cannot create the folder"), run.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the file that was there");
        }
    }
}
