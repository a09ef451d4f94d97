package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One stack: its serving kind plus the costs common to every stack.
 *
 * @param sharing how its costs are divided among routed features (format 2; absent: the kind's default)
 * @param levers  its optimisation levers (format 3; absent: none)
 */
@JsonPropertyOrder({"name", "enabled", "serving", "common", "sharing", "levers"})
public record StackDto(String name, Boolean enabled, ServingDto serving, CommonCostsDto common, SharingDto sharing,
                       LeversDto levers) {
}
