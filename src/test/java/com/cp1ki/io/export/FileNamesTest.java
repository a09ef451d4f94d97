package com.cp1ki.io.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesTest {

    @Test
    void aStemIsLowerCaseAsciiWordsJoinedByDashes() {
        assertEquals("cp1ki-document-summariser", FileNames.stem("chart", "cp1ki", "document_summariser"));
        assertEquals("cost-distribution-resume-claude-haiku-3-5", FileNames.stem("chart", "cost-distribution", "Résumé",
                "Claude Haiku 3.5"));
        assertEquals("chart", FileNames.stem("chart", "文档", "../.."));
    }

    @Test
    void aLongNameIsCutAndEndsWithAHashOfTheWhole() {
        String a = FileNames.stem("chart", "cp1ki", "x".repeat(400) + "a");
        String b = FileNames.stem("chart", "cp1ki", "x".repeat(400) + "b");
        assertTrue(a.length() <= FileNames.MAX_STEM, a);
        assertTrue(a.matches("cp1ki-x+-[0-9a-f]{8}"), a);
        assertNotEquals(a, b);
        String cjk = FileNames.stem("chart", "é".repeat(1000));
        assertTrue(cjk.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_STEM, cjk);
    }

    @Test
    void aNameAlreadyUsedGetsACounter() {
        Set<String> used = new HashSet<>();
        assertEquals("a.png", FileNames.unique(used, "a", ".png"));
        assertEquals("a-2.png", FileNames.unique(used, "a", ".png"));
        assertEquals("a-3.png", FileNames.unique(used, "a", ".png"));
    }
}
