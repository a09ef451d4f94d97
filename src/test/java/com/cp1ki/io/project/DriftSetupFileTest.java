package com.cp1ki.io.project;

import com.cp1ki.engine.model.DriftSetup;
import com.cp1ki.engine.model.Project;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's drift setup in the file (format 3, optional): absent means the defaults, bad values name their field. */
class DriftSetupFileTest {

    static String file(String drift) {
        return "{\"formatVersion\": 3, \"name\": \"p\"" + (drift == null ? "" : ", \"drift\": " + drift) + "}";
    }

    @Test
    void anAbsentOrEmptyDriftSetupIsTheDefaultAndIsNotWritten() throws Exception {
        assertEquals(DriftSetup.DEFAULT, ProjectFiles.read(file(null), "a").drift());
        assertEquals(DriftSetup.DEFAULT, ProjectFiles.read(file("{}"), "b").drift());
        assertEquals(DriftSetup.DEFAULT, ProjectFiles.read(ProjectFilesGoldenTest.resource(ProjectFilesGoldenTest.GOLDEN_V2),
                "golden-v2.cp1ki").drift());
        assertFalse(ProjectFiles.write(ProjectFiles.read(file("{}"), "b")).contains("drift"));
    }

    @Test
    void aPartialSetupKeepsTheOtherDefaultsAndSurvivesSaveAndOpen() throws Exception {
        Project p = ProjectFiles.read(file("{\"threshold\": 1.5, \"zone\": \"Europe/Paris\", "
                + "\"models\": {\"gpt-4o-2024-08-06\": \"GPT-4o\"}}"), "c");
        DriftSetup d = p.drift();
        assertEquals(1.5, d.threshold());
        assertEquals("Europe/Paris", d.zone());
        assertEquals(Map.of("gpt-4o-2024-08-06", "GPT-4o"), d.models());
        assertEquals(DriftSetup.DEFAULT.windowHours(), d.windowHours());
        assertEquals(DriftSetup.DEFAULT.minRequests(), d.minRequests());
        assertEquals(p, ProjectFiles.read(ProjectFiles.write(p), "again"));
    }

    @Test
    void badValuesAreRefusedNamingTheirField() {
        for (String[] c : new String[][] {
                {"{\"threshold\": 1}", "drift.threshold"},
                {"{\"zone\": \"Mars/Base\"}", "drift.zone"},
                {"{\"windowHours\": 6}", "drift.hourly"},
                {"{\"windowHours\": 0, \"hourly\": true}", "drift.windowHours"},
                {"{\"madK\": 0}", "drift.madK"},
                {"{\"minRequests\": -1}", "drift.minRequests"},
                {"{\"models\": {\"gpt-4o\": \"\"}}", "drift.models"},
                {"{\"bucket\": \"day\"}", "bucket"}}) {
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.read(file(c[0]), "bad"),
                    c[0]);
            assertTrue((e.location() + " " + e.getMessage()).contains(c[1]), c[0] + ": " + e.location() + " " + e.getMessage());
        }
    }

    @Test
    void renamingAStackOrAWorkloadFollowsIntoTheMappings() {
        DriftSetup d = new DriftSetup(24, 720, 168, false, 1.2, 100, 0, false, false, 3, "UTC",
                Map.of("m1", "Old stack", "m2", "Other"), Map.of("f", "old_workload"));
        assertEquals(Map.of("m1", "New stack", "m2", "Other"), d.withTargetRenamed(true, "Old stack", "New stack").models());
        assertEquals(Map.of("f", "new_workload"), d.withTargetRenamed(false, "old_workload", "new_workload").features());
    }
}
