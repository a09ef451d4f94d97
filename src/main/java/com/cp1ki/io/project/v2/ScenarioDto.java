package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A named scenario: overrides of the project's base (format 3, optional).
 *
 * @param name      unique among the scenarios, not "Base"
 * @param note      what the scenario stands for, for people; optional
 * @param overrides the changes, at most one per field; absent: none (the scenario equals the base)
 */
@JsonPropertyOrder({"name", "note", "overrides"})
public record ScenarioDto(String name, String note, List<OverrideDto> overrides) {
}
