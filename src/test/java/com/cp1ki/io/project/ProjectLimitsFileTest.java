package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9, item 11: the 370 KB project of 3,000 workloads x 100 stacks that exhausted a 2 GB heap. */
class ProjectLimitsFileTest {

    static String project(int workloads, int stacks) {
        StringBuilder b = new StringBuilder("{\"formatVersion\": 2, \"name\": \"big\", \"workloads\": [");
        for (int i = 0; i < workloads; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\": \"w").append(i).append("\", \"inferencesPerDay\": ")
                    .append(1000 + i).append(", \"tokens\": {\"kind\": \"typedMeans\", \"inputTokens\": 500, \"outputTokens\": 100}}");
        }
        b.append("], \"stacks\": [");
        for (int i = 0; i < stacks; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i).append("\", \"serving\": {\"kind\": \"managedApi\", "
                    + "\"provider\": \"P\", \"model\": \"M\", \"inputPricePerMTok\": 1, \"outputPricePerMTok\": 2}}");
        }
        return b.append("]}").toString();
    }

    @Test
    void aProjectBeyondTheLimitsIsRefusedBeforeAnythingIsComputed() {
        String json = project(3000, 100);
        ProjectFileException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(ProjectFileException.class, () -> ProjectFiles.read(json, "big.cp1ki")));
        assertEquals("workloads", e.location());
        assertTrue(e.getMessage().startsWith("big.cp1ki: a project may have at most 1000 workloads, this one has 3000"),
                e.getMessage());
    }

    @Test
    void aProjectAtTheLimitsLoads() throws Exception {
        assertEquals(1000, ProjectFiles.read(project(1000, 20), "max.cp1ki").workloads().size());
        assertEquals(200, ProjectFiles.read(project(10, 200), "max.cp1ki").stacks().size());
    }
}
