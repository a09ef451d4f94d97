package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One stack: its serving kind plus the costs common to every stack. */
@JsonPropertyOrder({"name", "enabled", "serving", "common"})
public record StackDto(String name, Boolean enabled, ServingDto serving, CommonCostsDto common) {
}
