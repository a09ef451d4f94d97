package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged files of every shape: random edits of the golden file either still read or fail with a
 * ProjectFileException of one line naming the file; no other exception ever escapes.
 */
class ProjectFilesMutationTest {

    private static final String ALPHABET = "{}[]\",:-0123456789.eE truefalsnul\\x";

    @Test
    void randomlyDamagedFilesNeverEscapeAsAnythingButAOneLineProjectFileException() throws Exception {
        String golden = ProjectFilesGoldenTest.resource(ProjectFilesGoldenTest.GOLDEN);
        SplittableRandom r = new SplittableRandom(20261122);
        int failed = 0;
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder(golden);
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    case 2 -> b.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                    default -> b.setLength(at);
                }
            }
            try {
                ProjectFiles.read(b.toString(), "damaged.cp1ki");
            } catch (ProjectFileException ex) {
                failed++;
                assertTrue(ex.getMessage().startsWith("damaged.cp1ki"), ex.getMessage());
                assertFalse(ex.getMessage().contains("\n"), ex.getMessage());
            }
        }
        assertTrue(failed > 1000, "most random edits should break the file, only " + failed + " did");
    }

    @Test
    void aNameWithANewlineIsShownEscapedAndAHugeOneIsCut() {
        String json = "{\"formatVersion\": 1, \"name\": \"p\", \"stacks\": [{\"name\": \"a\\nb\", \"serving\": "
                + "{\"kind\": \"managedApi\", \"provider\": \"x\", \"model\": \"m\", \"inputPricePerMTok\": -1, "
                + "\"outputPricePerMTok\": 1}}]}";
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> ProjectFiles.read(json, "n.cp1ki"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "n.cp1ki: stacks[0] (a\\nb) input price must be >= 0, was -1.0", e.getMessage());
        String huge = json.replace("a\\nb", "x".repeat(5000));
        ProjectFileException h = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class,
                () -> ProjectFiles.read(huge, "n.cp1ki"));
        org.junit.jupiter.api.Assertions.assertEquals(ProjectFileException.MAX_MESSAGE + 1, h.getMessage().length());
    }
}
