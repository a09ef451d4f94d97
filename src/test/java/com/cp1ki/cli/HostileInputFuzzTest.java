package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportReport;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.TokenImport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the project loader (with the engine and the three report writers behind it) and the
 * token-log parsers with mutations of the checked-in hostile corpus, broken and golden files and
 * samples (issue 9). Whatever the input, loading ends in a project or a {@link ProjectFileException},
 * a report in a result or an {@link InvalidInputException}, an import in a result whose rows add up
 * or an {@link ImportException}; never another exception, an {@link OutOfMemoryError} or a hang
 * (each input has {@link #HANG} to finish). A short run is part of {@code mvn verify}; a campaign:
 * {@code mvn -o test -Dtest=HostileInputFuzzTest -Djqwik.tries.default=20000} (docs/reliability.md).
 */
class HostileInputFuzzTest {
    static final Duration HANG = Duration.ofSeconds(30);
    static final List<String> PROJECTS = corpus(".cp1ki", "src/test/resources/com/cp1ki/hostile",
            "src/test/resources/com/cp1ki/io/project/broken", "src/test/resources/com/cp1ki/io/project/golden",
            "sample-projects");
    static final List<String> LOGS = logs();

    static List<String> corpus(String ext, String... dirs) {
        List<String> out = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> s = Files.list(Path.of(d))) {
                for (Path p : s.filter(f -> f.toString().endsWith(ext)).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    if (b.length < 2_000_000) {
                        out.add(new String(b, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static List<String> logs() {
        List<String> out = new ArrayList<>(corpus("", "src/test/resources/com/cp1ki/io/tokens/hostile"));
        out.removeIf(s -> s.startsWith("# Hostile token logs"));
        out.add("prompt_tokens,completion_tokens,count,timestamp,feature\n100,10,1,2024-05-01T10:00:00Z,chat\n"
                + "200,20,2,2024-05-01T10:00:01.5Z,search\n\"1,234\",5,1,1700000000,chat\n");
        out.add("id,prompt,input_tokens,output_tokens\n0,\"Add these up:\n7,8,900000,90000\nthanks\",1234,567\n1,hi,5,6\n");
        out.add("ContextTokens\tGeneratedTokens\n1800\t400\n250000\t1200\n");
        out.add("{\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":10},\"created\":1700000000,\"model\":\"m\"}\n"
                + "{\"usage\":{\"input_tokens\":10,\"output_tokens\":1},\"timestamp\":\"2024-05-01T10:00:00Z\",\"metadata\":{\"feature\":\"x\"}}\n");
        return out;
    }

    /** One change to a text: where, what, and which interesting token. */
    record Mutation(int kind, double at, double span, int pick) {
    }

    static final String[] NUMBERS = {"0", "-1", "1e308", "-1e308", "1.797e308", "4.9e-324", "99999999999999999999",
            "4503599627370497", "2147483648", "-0", "1E+400", "0.0000001", "3.5", "1e10", "1e11"};
    static final String[] TEXTS = {"", " ", "=1+1", "yesterday", "2026-13-45", "XYZ", "usd", "<b>x</b>", "a\\nb",
            "\\u0000", "x".repeat(5000), "GPT-4o", "document_summariser", "Claude Haiku 3.5", "RESERVED_1Y", "selfHostedGpu"};
    static final String[] TOKENS = {"\"", "\n", "\r\n", ",", "\t", "{", "}", "[", "]", ":", "null", "true", "\"\"",
            "\"a\nb\"", "\u0000", "x".repeat(3000), "\uFEFF", "\u00e9", "-", "99999999999999999999", "1e308", "\\"};
    static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    static final Pattern STRING = Pattern.compile("\"([^\"\\\\\n]*)\"");

    static Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 10_000))
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    static String apply(String s, List<Mutation> ms) {
        for (Mutation m : ms) {
            s = apply(s, m);
        }
        return s;
    }

    static String apply(String s, Mutation m) {
        int n = s.length();
        int at = (int) (m.at() * n);
        int len = (int) (m.span() * Math.min(200, n - at));
        return switch (m.kind()) {
            case 0 -> s.substring(0, at) + s.substring(at + len);
            case 1 -> s.substring(0, at) + s.substring(at, at + len).repeat(2) + s.substring(at + len);
            case 2 -> s.substring(0, at) + TOKENS[m.pick() % TOKENS.length] + s.substring(at);
            case 3 -> replaceNth(s, NUMBER, m.pick(), NUMBERS[(m.pick() / 7) % NUMBERS.length]);
            case 4 -> replaceNth(s, STRING, m.pick(), "\"" + TEXTS[(m.pick() / 7) % TEXTS.length] + "\"");
            case 5 -> n == 0 ? s : s.substring(0, at) + (char) (m.pick() % 128) + s.substring(Math.min(n, at + 1));
            default -> s.substring(0, at);
        };
    }

    static String replaceNth(String s, Pattern p, int pick, String with) {
        Matcher m = p.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find() && spans.size() < 2000) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] sp = spans.get(pick % spans.size());
        return s.substring(0, sp[0]) + with + s.substring(sp[1]);
    }

    @Provide
    Arbitrary<String> projects() {
        return Combinators.combine(Arbitraries.of(PROJECTS), mutations()).as(HostileInputFuzzTest::apply);
    }

    @Provide
    Arbitrary<String> logLines() {
        return Combinators.combine(Arbitraries.of(LOGS), mutations()).as(HostileInputFuzzTest::apply);
    }

    @Property
    void aProjectFileLoadsOrIsRefusedAndWhatLoadsIsReportedInEveryForm(@ForAll("projects") String text) {
        assertTimeoutPreemptively(HANG, () -> {
            Project p;
            try {
                p = ProjectFiles.read(text, "fuzz.cp1ki");
            } catch (ProjectFileException refused) {
                assertTrue(refused.getMessage().startsWith("fuzz.cp1ki"), refused.getMessage());
                return;
            }
            Report r;
            try {
                r = CostEngine.report(p);
            } catch (InvalidInputException refused) {
                return;
            }
            StringWriter out = new StringWriter();
            new MarkdownReportWriter().write(p, r, out);
            new JsonReportWriter().write(p, r, out);
            new CsvReportWriter().write(r, out);
            assertTrue(out.getBuffer().length() > 0);
            assertEquals(p, ProjectFiles.read(ProjectFiles.write(p), "again.cp1ki"), "what loads saves and loads back equal");
        });
    }

    @Property
    void aLogImportsWithEveryRowAccountedForOrIsRefused(@ForAll("logLines") String text) {
        for (ImportOptions o : List.of(ImportOptions.defaults(), ImportOptions.defaults().withFormat(ImportOptions.Format.DELIMITED))) {
            assertTimeoutPreemptively(HANG, () -> {
                try {
                    ImportResult r = TokenImport.importText(text, o);
                    ImportReport rep = r.report();
                    assertEquals(rep.rowsRead(), rep.rowsUsed() + rep.rowsSkipped(), "every row used or skipped");
                    assertTrue(rep.weight() > 0 && Double.isFinite(r.distribution().meanInput()), rep.toString());
                } catch (ImportException refused) {
                    assertTrue(!refused.getMessage().isBlank());
                }
            });
        }
    }
}
