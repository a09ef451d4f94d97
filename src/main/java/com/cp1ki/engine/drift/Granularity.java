package com.cp1ki.engine.drift;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The time bucket of a log's aggregates. A bucket is counted in the log's time zone: a day bucket
 * is the number of local days since 1970-01-01, an hour bucket the number of local hours since
 * 1970-01-01T00:00 (a day with a daylight-saving change simply has 23 or 25 hours of requests
 * in it; the repeated hour is one bucket).
 */
public enum Granularity {
    DAY(1), HOUR(24);

    private final int perDay;

    Granularity(int perDay) {
        this.perDay = perDay;
    }

    /** Buckets in one day. */
    public int perDay() {
        return perDay;
    }

    public LocalDate date(long bucket) {
        return LocalDate.ofEpochDay(Math.floorDiv(bucket, perDay));
    }

    /** The bucket's start as local date and time. */
    public LocalDateTime start(long bucket) {
        return date(bucket).atStartOfDay().plusHours(Math.floorMod(bucket, perDay));
    }

    /** "2024-05-01" for a day, "2024-05-01T13:00" for an hour. */
    public String label(long bucket) {
        return this == DAY ? date(bucket).toString() : start(bucket).toString();
    }
}
