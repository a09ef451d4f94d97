package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One stack that serves part of a workload in production (format 2).
 *
 * @param stack the stack's name
 * @param share the share of the workload's inferences sent there, 0..1
 */
@JsonPropertyOrder({"stack", "share"})
public record RouteDto(String stack, Double share) {
}
