package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How a stack's costs are divided among the features routed to it (format 2). Absent fields take
 * the default of the stack's kind.
 *
 * @param fleetKey          GPU_SECONDS, REQUESTS or TOKENS (self-hosted; absent for a managed API)
 * @param overheadKey       GPU_SECONDS (self-hosted only), REQUESTS or EVEN
 * @param coincidenceFactor peak coincidence factor in (0, 1] (self-hosted; 1 for a managed API)
 */
@JsonPropertyOrder({"fleetKey", "overheadKey", "coincidenceFactor"})
public record SharingDto(String fleetKey, String overheadKey, Double coincidenceFactor) {
}
