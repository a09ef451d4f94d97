package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checked-in hostile logs of issue 9 (hostile/EXPECTED.tsv): each imports to exactly the rows,
 * weight and skipped rows listed, on one thread and on several. They are also the seed corpus of
 * {@code ParsersFuzzTest}.
 */
class HostileLogsTest {

    static Path dir() throws URISyntaxException {
        return Path.of(HostileLogsTest.class.getResource("hostile/EXPECTED.tsv").toURI()).getParent();
    }

    static List<String[]> expectations() throws Exception {
        return Files.readAllLines(dir().resolve("EXPECTED.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }

    static Stream<Arguments> logs() throws Exception {
        return expectations().stream().map(e -> Arguments.of((Object[]) e));
    }

    /** "reason:line,line reason:line", reasons by key. */
    static String skips(ImportReport r) {
        Map<String, String> m = new TreeMap<>();
        r.skipped().forEach((k, v) -> m.put(k.key(), v.firstLines().stream().map(String::valueOf)
                .collect(Collectors.joining(","))));
        return m.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void aHostileLogImportsToExactlyTheListedRows(String file, String read, String used, String weight, String skipped)
            throws Exception {
        for (int threads : new int[] {1, 2}) {
            ImportReport r = TokenImport.importFile(dir().resolve(file), ImportOptions.defaults().withThreads(threads))
                    .report();
            String on = file + " on " + threads + " thread(s)";
            assertEquals(Long.parseLong(read), r.rowsRead(), on + ": rows read");
            assertEquals(Long.parseLong(used), r.rowsUsed(), on + ": rows used");
            double w = Double.parseDouble(weight);
            assertEquals(w, r.weight(), w * 1e-12, on + ": weight");
            assertEquals(skipped, skips(r), on + ": skipped rows");
        }
    }

    @Test
    void everyHostileLogHasAnExpectation() throws Exception {
        Set<String> listed = expectations().stream().map(e -> e[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(dir())) {
            present = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("EXPECTED.tsv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    @Test
    void aCountAfterAnOverflowingTokenCountIsReadAsItself() throws Exception {
        // issue 9, item 6: Jackson kept the big integer's text and returned it for the next small integer
        ImportResult r = TokenImport.importText("""
                {"usage": {"prompt_tokens": 100, "completion_tokens": 5}, "count": 1}
                {"usage": {"prompt_tokens": 99999999999999999999, "completion_tokens": 5}}
                {"usage": {"prompt_tokens": 200, "completion_tokens": 7}, "count": 1}
                """, ImportOptions.defaults());
        assertEquals(2, r.report().weight(), 0);
        assertEquals(150, r.distribution().meanInput(), 0);
        assertEquals(List.of(2L), r.report().skipped().get(SkipReason.OVERFLOW).firstLines());
    }
}
