package com.cp1ki.io.tokens;

import java.time.Instant;

/**
 * Traffic measured from request timestamps.
 *
 * <p>Buckets are clock hours and clock minutes (UTC, or the log's own clock when its times carry
 * no zone). The first and last bucket of a log are usually partial (the log starts and stops
 * mid-hour), so they count only when they are in effect full: the first bucket when the first
 * request falls within its first 1/60 (one minute of an hour, one second of a minute), the last
 * when the last request falls within its final 1/60. Partial buckets are left out of both the
 * peak and the average; empty buckets between first and last count as zero load. A
 * peak-to-average needs at least two full buckets, otherwise it is null (not measured): a log one
 * hour long gives a per-minute ratio but no hourly one.
 *
 * @param firstMicros          earliest timestamp, microseconds since the epoch
 * @param lastMicros           latest timestamp
 * @param spanSeconds          last - first, seconds
 * @param weight               requests (weighted) with a timestamp
 * @param requestsPerSecond    weight / span, or null when the span is 0
 * @param peakToAverageHourly  busiest full hour / mean full hour, or null
 * @param peakToAverageMinute  busiest full minute / mean full minute, or null
 * @param fullHours            full hours counted, or -1 when the span had too many hours to track
 * @param fullMinutes          full minutes counted, or -1 when the span had too many minutes to track
 */
public record Traffic(long firstMicros, long lastMicros, double spanSeconds, double weight, Double requestsPerSecond,
                      Double peakToAverageHourly, Double peakToAverageMinute, long fullHours, long fullMinutes) {

    public Instant first() {
        return Instant.ofEpochSecond(Math.floorDiv(firstMicros, 1_000_000L), Math.floorMod(firstMicros, 1_000_000L) * 1000L);
    }

    public Instant last() {
        return Instant.ofEpochSecond(Math.floorDiv(lastMicros, 1_000_000L), Math.floorMod(lastMicros, 1_000_000L) * 1000L);
    }

    /** Requests per day at the measured rate, or null. */
    public Double requestsPerDay() {
        return requestsPerSecond == null ? null : requestsPerSecond * 86_400;
    }
}
