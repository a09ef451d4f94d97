package com.cp1ki.app.editor.workload;

import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.io.tokens.Role;
import com.cp1ki.app.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log import's view model without a window: previews, column choices, tags and their rates. */
class LogImportViewModelTest {

    @TempDir
    Path dir;
    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");
    private final DistributionViewModel target = new DistributionViewModel(session, "document_summariser");
    /** Background tasks, run when the test says (so it can finish them out of order). */
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private final Executor background = tasks::add;
    private final LogImportViewModel vm = new LogImportViewModel(target, background, Runnable::run);

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private void runAll() {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    private TokenDistribution tokens() {
        return assertInstanceOf(TokenDistribution.class,
                session.project().workload("document_summariser").orElseThrow().tokens(), target.messageProperty().get());
    }

    @Test
    void aPreviewThatFinishesAfterTheNextFileWasChosenIsNotShown() throws IOException {
        Path a = file("a.csv", "p,c\n1,2\n");
        Path b = file("b.csv", "input_tokens,output_tokens\n100,10\n");
        vm.choose(a);
        vm.choose(b);
        Runnable previewA = tasks.poll();
        tasks.poll().run(); // b's preview first
        previewA.run();     // then a's, late
        assertEquals(java.util.List.of("input_tokens", "output_tokens"), vm.previewProperty().get().columns());
        assertEquals("input_tokens", vm.columnProperty(Role.INPUT).get());
        vm.start();
        runAll();
        assertEquals(100, tokens().meanInput(), 0);
    }

    @Test
    void twoColumnsWithTheSameNameStayApartAndOneColumnCannotTakeTwoRoles() throws IOException {
        Path f = file("dup.csv", "tokens,tokens,x\n100,10,a\n300,30,b\n");
        vm.choose(f);
        runAll();
        assertEquals(java.util.List.of("(none)", "tokens (column 1)", "tokens (column 2)", "x"), vm.columnChoices());
        vm.columnProperty(Role.INPUT).set("tokens (column 1)");
        vm.columnProperty(Role.OUTPUT).set("tokens (column 1)");
        vm.start();
        assertEquals("'tokens (column 1)' is chosen for both input tokens and output tokens: a column can have one role.",
                target.messageProperty().get());
        vm.columnProperty(Role.OUTPUT).set("tokens (column 2)");
        vm.start();
        runAll();
        assertEquals(200, tokens().meanInput(), 0);
        assertEquals(20, tokens().meanOutput(), 0);
    }

    @Test
    void usingOneTagOffersThatTagsShareOfTheRateAndAPendingChoiceOffersNone() throws Exception {
        StringBuilder b = new StringBuilder("timestamp,input_tokens,output_tokens,feature\n");
        for (int k = 0; k < 3600; k++) {
            b.append(String.format("2026-11-02T%02d:%02d:%02dZ,100,10,%s%n", 9 + k / 1200, (k % 1200) / 20, (k % 20) * 3,
                    k % 10 == 0 ? "search" : "chat"));
        }
        Path f = file("tagged.csv", b.toString());
        vm.choose(f);
        runAll();
        vm.start();
        runAll();
        assertTrue(vm.taggedProperty().get() != null);
        assertNull(target.measuredPerDayProperty().get(), "no rate offered while the tags wait for a choice");
        double all = com.cp1ki.io.tokens.TokenImport.importFile(f, com.cp1ki.io.tokens.ImportOptions.defaults())
                .traffic().requestsPerDay();
        vm.useTag("search");
        assertEquals(all * 0.1, target.measuredPerDayProperty().get(), 1e-6 * all, "a tenth of the requests are 'search'");
        assertTrue(target.report().stream().anyMatch(l -> l.startsWith("The rows used are 10.0% of the log's requests")),
                target.report().toString());
    }

    @Test
    void aBlankJsonTagValueStillGetsAWorkloadOfItsOwn() throws IOException {
        Path f = file("t.jsonl", "{\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5},\"tag\":\"chat\"}\n"
                + "{\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":5},\"tag\":\" \"}\n");
        vm.choose(f);
        runAll();
        vm.start();
        runAll();
        vm.useEachTag();
        assertEquals(3, session.project().workloads().size(), target.messageProperty().get());
        assertEquals(20, session.project().workload("(untagged)").orElseThrow().tokens().meanInput(), 0);
    }

    @Test
    void anOutputRatioTakesADecimalPointAndAPercentSignEvenWithANoBreakSpace() {
        target.outputRatioProperty().set("25%\u00a0");
        assertEquals(0.25, target.withSyntheticOutput(com.cp1ki.io.tokens.ImportOptions.defaults()).outputRatio(), 0);
        target.outputRatioProperty().set("0,25");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> target.withSyntheticOutput(com.cp1ki.io.tokens.ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("with a decimal point"), e.getMessage());
        target.outputRatioProperty().set("\u00a0");
        assertNull(target.withSyntheticOutput(com.cp1ki.io.tokens.ImportOptions.defaults()).outputRatio(),
                "a no-break space alone is blank");
    }

    @Test
    void anOutputMeanWithADecimalCommaIsRefusedNotReadAsThousands() {
        target.outputMeanProperty().set("2,5");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> target.withSyntheticOutput(com.cp1ki.io.tokens.ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith("The output mean is ambiguous: \"2,5\" could be 2.5 or 25"), e.getMessage());
        target.outputMeanProperty().set("1,250");
        assertEquals(1250, target.withSyntheticOutput(com.cp1ki.io.tokens.ImportOptions.defaults()).outputMean(), 0);
    }
}
