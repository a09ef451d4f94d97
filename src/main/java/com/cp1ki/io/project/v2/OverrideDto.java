package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One override of a scenario: a field path and either {@code set} (a number, true/false, a choice
 * such as {@code "RESERVED_1Y"}, or null to unset an optional number) or {@code scale} (a factor).
 *
 * @param field the field's path, e.g. {@code stacks[GPT-4o].serving.outputPrice} (engine.field.FieldPath)
 * @param set   the value the field takes; absent when the override scales
 * @param scale the factor the base value is multiplied by; absent when the override sets
 */
@JsonPropertyOrder({"field", "set", "scale"})
public record OverrideDto(String field, JsonNode set, Double scale) {
}
