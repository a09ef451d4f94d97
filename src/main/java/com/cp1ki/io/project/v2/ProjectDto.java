package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The top level of a format-2 project file (format 1 files are migrated to it, see Migrations). Field names carry their units; see docs/project-file.md.
 *
 * @param formatVersion 3 when written; older files are migrated to 3 before binding
 * @param name          project name
 * @param notes         free text for people (sources, attribution); optional
 * @param uncertainty   ranges on inputs, Monte Carlo seed and draws, tornado swing; optional
 * @param scenarios     named overrides of the base (format 3, optional; absent: none)
 * @param drift         how request logs are judged for drift (format 3, optional; absent: the defaults)
 */
@JsonPropertyOrder({"formatVersion", "name", "notes", "settings", "workloads", "stacks", "plans", "uncertainty",
        "scenarios", "drift"})
public record ProjectDto(Integer formatVersion, String name, String notes, SettingsDto settings,
                         List<WorkloadDto> workloads, List<StackDto> stacks, List<PlanDto> plans,
                         UncertaintyDto uncertainty, List<ScenarioDto> scenarios, DriftDto drift) {
}
