package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/**
 * The project's drift setup (format 3, optional): what {@code cp1ki drift} and the Drift window use
 * when no option says otherwise. Every field is optional; an absent one takes the default
 * ({@code engine.model.DriftSetup.DEFAULT}). See docs/project-file.md.
 *
 * @param windowHours   judged window, hours (default 24)
 * @param baselineHours trailing baseline, hours (default 720)
 * @param warmUpHours   history before the first judged window, hours (default 168)
 * @param hourly        hourly buckets instead of daily (default false; needed for lengths that are not whole days)
 * @param threshold     drift ratio above 1 (default 1.2)
 * @param minRequests   fewest inferences to judge a window (default 100)
 * @param floorUsd      smallest extra spend to alert, USD (default 0)
 * @param sameWeekday   baseline from the same weekday only (default false)
 * @param robust        median + madK x MAD instead of the ratio (default false)
 * @param madK          MAD multiple of robust mode (default 3)
 * @param zone          time zone of the days (IANA id or offset; default UTC)
 * @param models        log model name to stack name (default none)
 * @param features      log feature to workload name (default none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"windowHours", "baselineHours", "warmUpHours", "hourly", "threshold", "minRequests", "floorUsd",
        "sameWeekday", "robust", "madK", "zone", "models", "features"})
public record DriftDto(Integer windowHours, Integer baselineHours, Integer warmUpHours, Boolean hourly, Double threshold,
                       Double minRequests, Double floorUsd, Boolean sameWeekday, Boolean robust, Double madK, String zone,
                       Map<String, String> models, Map<String, String> features) {
}
