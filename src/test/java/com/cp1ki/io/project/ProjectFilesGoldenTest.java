package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exact text of a written project. A change here is a change of the file format people
 * keep on disk: if it is intended, regenerate with {@code -Dcp1ki.regenerateGolden=true} and
 * decide whether formatVersion must go up (docs/project-file.md, "Versioning").
 */
class ProjectFilesGoldenTest {

    static final String GOLDEN = "golden/golden-v1.cp1ki";

    static String resource(String name) throws IOException {
        try (InputStream in = ProjectFilesGoldenTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWrittenProjectIsExactlyTheGoldenText() throws IOException {
        String written = ProjectFiles.write(Fixtures.golden());
        if (Boolean.getBoolean("cp1ki.regenerateGolden")) {
            Path f = Path.of("src/test/resources/com/cp1ki/io/project", GOLDEN);
            Files.createDirectories(f.getParent());
            Files.writeString(f, written, StandardCharsets.UTF_8);
        }
        assertEquals(resource(GOLDEN), written);
    }

    @Test
    void theGoldenFileReadsAsTheProjectThatWroteIt() throws Exception {
        assertEquals(Fixtures.golden(), ProjectFiles.read(resource(GOLDEN), "golden-v1.cp1ki"));
    }
}
