package com.cp1ki.io.project;

import com.cp1ki.io.project.v2.CommonCostsDto;
import com.cp1ki.io.project.v2.DistributionDto;
import com.cp1ki.io.project.v2.ManagedApiDto;
import com.cp1ki.io.project.v2.PlanDto;
import com.cp1ki.io.project.v2.ProjectDto;
import com.cp1ki.io.project.v2.SelfHostedGpuDto;
import com.cp1ki.io.project.v2.RouteDto;
import com.cp1ki.io.project.v2.ScenarioDto;
import com.cp1ki.io.project.v2.OverrideDto;
import com.cp1ki.io.project.v2.SettingsDto;
import com.cp1ki.io.project.v2.SharingDto;
import com.cp1ki.io.project.v2.StackDto;
import com.cp1ki.io.project.v2.TypedMeansDto;
import com.cp1ki.io.project.v2.UsageDto;
import com.cp1ki.io.project.v2.WorkloadDto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/project-file.schema.json and the current (format-2) DTOs describe the same fields; the samples conform to it. */
class ProjectFileSchemaTest {

    static final Path SCHEMA = Path.of("docs", "project-file.schema.json");

    /** Each DTO and the schema definition it corresponds to ("" is the schema root). */
    static final Map<Class<?>, String> DEFS = Map.ofEntries(
            entry(ProjectDto.class, ""), entry(SettingsDto.class, "settings"), entry(WorkloadDto.class, "workload"),
            entry(TypedMeansDto.class, "typedMeans"), entry(DistributionDto.class, "distribution"),
            entry(DistributionDto.CellsDto.class, "cells"), entry(DistributionDto.ExactRowsDto.class, "exactRows"),
            entry(StackDto.class, "stack"), entry(ManagedApiDto.class, "managedApi"),
            entry(ManagedApiDto.LongContextDto.class, "longContext"), entry(SelfHostedGpuDto.class, "selfHostedGpu"),
            entry(CommonCostsDto.class, "common"), entry(PlanDto.class, "plan"),
            entry(UsageDto.Lognormal.class, "lognormal"), entry(UsageDto.Counts.class, "userCounts"),
            entry(RouteDto.class, "route"), entry(SharingDto.class, "sharing"),
            entry(ScenarioDto.class, "scenario"), entry(OverrideDto.class, "override"),
            entry(com.cp1ki.io.project.v2.DriftDto.class, "drift"));

    static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(SCHEMA.toFile());
    }

    @Test
    void everyDtoPropertyIsInTheSchemaAndEverySchemaPropertyInADto() throws IOException {
        JsonNode schema = schema();
        for (Map.Entry<Class<?>, String> e : DEFS.entrySet()) {
            Class<?> dto = e.getKey();
            JsonNode def = e.getValue().isEmpty() ? schema : schema.get("$defs").get(e.getValue());
            Set<String> fromDto = Arrays.stream(dto.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (def.path("properties").has("kind")) {
                fromDto.add("kind");
            }
            Set<String> fromSchema = new TreeSet<>();
            def.get("properties").fieldNames().forEachRemaining(fromSchema::add);
            assertEquals(fromDto, fromSchema, dto.getSimpleName() + " vs $defs/" + e.getValue());
        }
    }

    @Test
    void theGoldenFileConformsToTheSchema() throws Exception {
        JsonNode golden = new ObjectMapper().readTree(ProjectFilesGoldenTest.resource(ProjectFilesGoldenTest.GOLDEN));
        assertEquals(List.of(), new MiniSchema(schema()).validate(golden));
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("sample-projects"))) {
            return s.filter(p -> p.toString().endsWith(".cp1ki")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} conforms to the schema")
    @MethodSource("samples")
    void eachSampleProjectConformsToTheSchema(Path sample) throws IOException {
        assertEquals(List.of(), new MiniSchema(schema()).validate(new ObjectMapper().readTree(sample.toFile())));
    }

    @Test
    void theSchemaCatchesAMissingRequiredKeyAndAnUnknownField() throws IOException {
        JsonNode broken = new ObjectMapper().readTree(
                "{\"formatVersion\": 1, \"name\": \"x\", \"stacks\": [{\"name\": \"s\", \"serving\": "
                        + "{\"kind\": \"managedApi\", \"provider\": \"p\", \"model\": \"m\", \"inputPrice\": 1}}]}");
        List<String> errors = new MiniSchema(schema()).validate(broken);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("oneOf")), errors.toString());
    }
}
