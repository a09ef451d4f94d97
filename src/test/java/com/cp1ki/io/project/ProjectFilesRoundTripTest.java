package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TokenDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFilesRoundTripTest {

    @Test
    void aProjectWithEveryKindOfInputReadsBackEqual() throws Exception {
        Project p = Fixtures.everything();
        Project back = ProjectFiles.read(ProjectFiles.write(p), "everything.cp1ki");
        assertEquals(p, back);
    }

    @Test
    void writingTheReadBackProjectGivesTheSameTextAgain() throws Exception {
        String once = ProjectFiles.write(Fixtures.everything());
        assertEquals(once, ProjectFiles.write(ProjectFiles.read(once, "x.cp1ki")));
    }

    @Test
    void aSmallDistributionKeepsItsExactRowsThroughAFile() throws Exception {
        Project back = ProjectFiles.read(ProjectFiles.write(Fixtures.everything()), "x.cp1ki");
        TokenDistribution d = (TokenDistribution) back.workload("summarise").orElseThrow().tokens();
        assertTrue(d.hasRows());
        assertEquals(Fixtures.smallDistribution(), d);
        assertEquals(90_000, d.maxInput());
    }

    @Test
    void aLargeDistributionIsSavedAsItsHistogramWithExactSums() throws Exception {
        TokenDistribution original = Fixtures.largeDistribution();
        assertFalse(original.hasRows());
        Project back = ProjectFiles.read(ProjectFiles.write(Fixtures.everything()), "x.cp1ki");
        TokenDistribution d = (TokenDistribution) back.workload("code").orElseThrow().tokens();
        assertFalse(d.hasRows());
        assertEquals(original.rows(), d.rows());
        assertEquals(original.sumInput(), d.sumInput());
        assertEquals(original.sumOutput(), d.sumOutput());
        assertEquals(original.totalWeight(), d.totalWeight());
        assertEquals(original, d);
    }

    @Test
    void notesAreKeptByTheDocumentApi() throws Exception {
        ProjectDocument doc = new ProjectDocument(Fixtures.everything(), "line one\nline \"two\" ₹");
        assertEquals(doc, ProjectFiles.readDocument(ProjectFiles.write(doc), "x.cp1ki"));
    }

    @Test
    void theWrittenFileStartsWithItsFormatVersion() {
        assertTrue(ProjectFiles.write(Fixtures.everything()).startsWith("{\n  \"formatVersion\": " + ProjectFiles.FORMAT_VERSION + ",\n"));
    }
}
