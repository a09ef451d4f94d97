package com.cp1ki.docs;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the README and docs/cost-model.md say about the bundled seed is what the workbench opens:
 * the same currency, the same numbers, and every file they point to is in the repository.
 */
class ReadmeTruthTest {

    private static final Path README = Path.of("README.md");
    private static final Path COST_MODEL = Path.of("docs", "cost-model.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    private static String cents(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    private static StackResult result(Report r, String stack) {
        return r.results().stream().filter(x -> x.stack().equals(stack)).findFirst().orElseThrow();
    }

    @Test
    void theReadmeSaysChartsUpdateWhenAFieldIsCommittedNotAsYouType() throws IOException {
        String readme = read(README);
        assertFalse(readme.contains("as you type"), "fields commit on Enter or leaving them; charts do not follow keystrokes");
        assertTrue(readme.contains("commit a field (Enter, Tab or leaving the field"), readme);
    }

    @Test
    void theReadmesSeedNumbersAreWhatTheSeedOpensWith() throws IOException {
        String readme = read(README);
        Report r = CostEngine.report(Samples.seed());
        assertEquals("USD", Samples.seed().settings().currency(), "the README talks dollars, as the article does");
        assertFalse(readme.contains("shown in INR"), readme);
        String cp1ki = "CP1Ki " + cents(result(r, "Claude Haiku 3.5").cp1ki()) + ", " + cents(result(r, "GPT-4o").cp1ki())
                + " and " + cents(result(r, "Llama 3 70B on g5.xlarge").cp1ki());
        String monthly = "monthly " + cents(result(r, "Claude Haiku 3.5").monthlyCost()) + ", "
                + cents(result(r, "GPT-4o").monthlyCost()) + " and " + cents(result(r, "Llama 3 70B on g5.xlarge").monthlyCost());
        String flat = readme.replaceAll("\\s+", " ");
        assertTrue(flat.contains(cp1ki + ", " + monthly), cp1ki + ", " + monthly);
        var plan = r.plans().get(0);
        assertTrue(flat.contains(cents(plan.priceUsd()) + ", leaving " + cents(plan.marginAtPowerUser()) + " of margin"), flat);
    }

    @Test
    void theCostModelsReferenceTableIsWhatTheEngineComputes() throws IOException {
        String doc = read(COST_MODEL);
        Report r = CostEngine.report(Samples.seed());
        for (String stack : List.of("Claude Haiku 3.5", "GPT-4o", "Llama 3 70B on g5.xlarge")) {
            StackResult s = result(r, stack);
            String row = doc.lines().filter(l -> l.startsWith("| " + stack.split(" on ")[0])).findFirst().orElseThrow();
            for (double v : new double[]{s.cp1ki(), s.dailyCost(), s.monthlyCost()}) {
                assertTrue(row.contains(cents(v)), stack + ": " + cents(v) + " missing from " + row);
            }
        }
    }

    @Test
    void everyFileTheReadmeAndTheDocsLinkToIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> docs = new ArrayList<>(List.of(README, COST_MODEL));
        try (var s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        for (Path doc : docs) {
            Matcher m = LINK.matcher(read(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                Path p = doc.toAbsolutePath().getParent().resolve(target).normalize();
                if (!Files.exists(p)) {
                    missing.add(doc + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(read(README).contains("(docs/cost-model.md)"), "the README points to the cost model in the repository");
    }
}
