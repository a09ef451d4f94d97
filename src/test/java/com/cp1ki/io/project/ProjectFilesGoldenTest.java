package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact text of a written project. A change here is a change of the file format people
 * keep on disk: if it is intended, regenerate with {@code -Dcp1ki.regenerateGolden=true} and
 * decide whether formatVersion must go up (docs/project-file.md, "Versioning").
 */
class ProjectFilesGoldenTest {

    static final String GOLDEN = "golden/golden-v3.cp1ki";
    /** The format-2 golden file, kept forever: it must read, through the migration, as the same project. */
    static final String GOLDEN_V2 = "golden/golden-v2.cp1ki";
    /** The format-1 golden file, kept forever: it must read, through the migration, as the same project. */
    static final String GOLDEN_V1 = "golden/golden-v1.cp1ki";

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
        assertEquals(Fixtures.golden(), ProjectFiles.read(resource(GOLDEN), "golden-v3.cp1ki"));
    }

    @Test
    void theFormat2GoldenFileReadsAsTheSameProjectWithTheSameReport() throws Exception {
        com.cp1ki.engine.model.Project v2 = ProjectFiles.read(resource(GOLDEN_V2), "golden-v2.cp1ki");
        assertEquals(Fixtures.goldenV2(), v2);
        assertEquals(com.cp1ki.engine.CostEngine.report(Fixtures.goldenV2()), com.cp1ki.engine.CostEngine.report(v2));
        assertTrue(resource(GOLDEN_V2).startsWith("{\n  \"formatVersion\": 2,\n"), "the kept file is format 2");
    }

    @Test
    void aFormat2FileSavedAgainIsTheCurrentFormat() throws Exception {
        String again = ProjectFiles.write(ProjectFiles.read(resource(GOLDEN_V2), "golden-v2.cp1ki"));
        assertTrue(again.startsWith("{\n  \"formatVersion\": 3,\n"), again);
        assertEquals(Fixtures.goldenV2(), ProjectFiles.read(again, "again"));
    }

    @Test
    void theFormat1GoldenFileReadsAsTheSameProjectWithTheSameReport() throws Exception {
        com.cp1ki.engine.model.Project v1 = ProjectFiles.read(resource(GOLDEN_V1), "golden-v1.cp1ki");
        assertEquals(Fixtures.goldenV1(), v1);
        assertEquals(com.cp1ki.engine.CostEngine.report(Fixtures.goldenV1()), com.cp1ki.engine.CostEngine.report(v1));
        assertTrue(com.cp1ki.engine.CostEngine.report(v1).portfolio().isEmpty(), "a format-1 file routes nothing");
    }

    @Test
    void aFormat1FileSavedAgainIsTheCurrentFormatWithTheDefaultsWrittenOut() throws Exception {
        String again = ProjectFiles.write(ProjectFiles.read(resource(GOLDEN_V1), "golden-v1.cp1ki"));
        assertTrue(again.startsWith("{\n  \"formatVersion\": 3,\n"), again);
        assertTrue(again.contains("\"routing\": [ ]"), "an unrouted workload is written with empty routing");
        assertTrue(again.contains("\"overheadKey\": \"GPU_SECONDS\""), "a fleet's default keys are written out");
        assertEquals(Fixtures.goldenV1(), ProjectFiles.read(again, "again"));
    }

    @Test
    void aHandWrittenFileLeavingOutOptionalFieldsGetsTheDocumentedDefaults() throws Exception {
        com.cp1ki.engine.model.Project p = ProjectFiles.read(resource("golden/minimal-handwritten-v1.cp1ki"), "minimal");
        assertEquals(com.cp1ki.engine.model.Settings.DEFAULT, p.settings());
        assertEquals(1.0, p.workloads().get(0).peakToAverage());
        assertEquals(null, p.workloads().get(0).valuePerInference());
        com.cp1ki.engine.model.Stack gpt = p.stack("GPT-4o").orElseThrow();
        assertEquals(true, gpt.enabled());
        assertEquals(com.cp1ki.engine.model.CommonCosts.NONE, gpt.common());
        assertEquals(com.cp1ki.engine.model.ManagedApi.simple("OpenAI", "GPT-4o", 2.5, 10), gpt.serving());
        var g5 = (com.cp1ki.engine.model.SelfHostedGpu) p.stack("Llama").orElseThrow().serving();
        assertEquals(1, g5.gpusPerInstance());
        assertEquals(1.0, g5.utilisationCeiling());
        assertEquals(0, g5.reservedInstances());
        assertEquals(com.cp1ki.engine.model.RateKind.RESERVED_1Y, g5.reservedTerm());
        assertEquals(4, p.stack("Llama").orElseThrow().common().storagePerMonth());
        assertEquals(12, p.stack("Llama").orElseThrow().common().amortisationMonths());
        assertEquals(null, p.plans().get(0).includedInferences());
        assertEquals(0, p.plans().get(0).overagePer1000());
    }

    @Test
    void theFormat1SeedSampleStillGivesSeed004sReferenceTable() throws Exception {
        // the seed sample as format 1 wrote it, kept forever: a migrated file computes the same numbers
        com.cp1ki.engine.report.Report r = com.cp1ki.engine.CostEngine.report(
                ProjectFiles.read(resource("golden/summariser-seed-v1.cp1ki"), "summariser-seed-v1.cp1ki"));
        assertEquals(912.00, SeedSampleTest.result(r, "Claude Haiku 3.5").monthlyCost(), 1e-9);
        assertEquals(3.04, SeedSampleTest.result(r, "Claude Haiku 3.5").cp1ki(), 1e-9);
        assertEquals(2550.00, SeedSampleTest.result(r, "GPT-4o").monthlyCost(), 1e-9);
        assertEquals(476.28, SeedSampleTest.result(r, "Llama 3 70B on g5.xlarge").monthlyCost(), 1e-9);
        assertEquals(1, SeedSampleTest.result(r, "Llama 3 70B on g5.xlarge").instances());
    }
}
