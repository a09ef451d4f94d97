package com.cp1ki.io.tokens;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local day (or hour) bucket of an instant in a time zone: local days (hours) since
 * 1970-01-01T00:00 local. The last bucket's range of instants is kept, so a time-ordered log asks
 * the zone rules once per bucket; ranges stop at daylight-saving transitions. One per worker.
 */
final class BucketClock {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final ZoneRules rules;
    private final long fixedOffset;
    private final long width;
    private long lo = Long.MAX_VALUE;
    private long hi = Long.MIN_VALUE;
    private long bucket;

    /**
     * @param zone          the zone buckets are counted in
     * @param bucketMicros  86,400,000,000 for days, 3,600,000,000 for hours
     */
    BucketClock(ZoneId zone, long bucketMicros) {
        ZoneRules r = zone.getRules();
        this.rules = r.isFixedOffset() ? null : r;
        this.fixedOffset = r.isFixedOffset() ? r.getOffset(Instant.EPOCH).getTotalSeconds() * MICROS_PER_SECOND : 0;
        this.width = bucketMicros;
    }

    /** The bucket of an instant given in microseconds since the epoch (UTC). */
    long bucket(long micros) {
        if (micros >= lo && micros < hi) {
            return bucket;
        }
        long offset = fixedOffset;
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (rules != null) {
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND));
            ZoneOffset o = rules.getOffset(at);
            offset = o.getTotalSeconds() * MICROS_PER_SECOND;
            ZoneOffsetTransition next = rules.nextTransition(at);
            ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
            if (next != null) {
                to = next.getInstant().getEpochSecond() * MICROS_PER_SECOND;
            }
            if (prev != null) {
                from = prev.getInstant().getEpochSecond() * MICROS_PER_SECOND;
            }
        }
        long b = Math.floorDiv(micros + offset, width);
        lo = Math.max(b * width - offset, from);
        hi = Math.min((b + 1) * width - offset, to);
        bucket = b;
        return b;
    }
}
