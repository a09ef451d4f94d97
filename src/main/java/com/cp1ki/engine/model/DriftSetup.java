package com.cp1ki.engine.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/**
 * A project's drift setup (format 3, optional): how {@code cp1ki drift} and the Drift window judge
 * its request logs when no option says otherwise. Lengths are in hours, so one setup serves daily
 * and hourly buckets; {@link #DEFAULT} is what both used before the setup was stored.
 *
 * @param windowHours   hours in the judged window (24 = a day)
 * @param baselineHours hours of the trailing baseline (720 = 30 days)
 * @param warmUpHours   hours of a feature's history before its first judged window (168 = 7 days)
 * @param hourly        buckets of an hour instead of a day (needed when a length is not whole days)
 * @param threshold     drift above this multiple of the baseline's CP1Ki (1.2 = 20% above)
 * @param minRequests   fewest inferences in a window to judge it
 * @param floorUsd      smallest extra spend in a window to alert, USD
 * @param sameWeekday   baseline from the same weekday (and hour) only
 * @param robust        median + madK x MAD of the baseline instead of the ratio
 * @param madK          the MAD multiple of robust mode
 * @param zone          the time zone whose days (hours) the log's rows are counted in (IANA id or offset)
 * @param models        log model name to stack name, where they differ
 * @param features      log feature to workload name, where they differ
 */
public record DriftSetup(int windowHours, int baselineHours, int warmUpHours, boolean hourly, double threshold,
                         double minRequests, double floorUsd, boolean sameWeekday, boolean robust, double madK,
                         String zone, Map<String, String> models, Map<String, String> features) {

    public static final DriftSetup DEFAULT = new DriftSetup(24, 720, 168, false, 1.2, 100, 0, false, false, 3, "UTC",
            Map.of(), Map.of());

    /** Longest length, hours (ten years). */
    public static final int MAX_HOURS = 24 * 3660;

    public DriftSetup {
        hours("drift.windowHours", windowHours, 1);
        hours("drift.baselineHours", baselineHours, 1);
        hours("drift.warmUpHours", warmUpHours, 0);
        if (!hourly && (windowHours % 24 != 0 || baselineHours % 24 != 0 || warmUpHours % 24 != 0)) {
            throw new InvalidInputException("drift.hourly", "daily buckets need the window, baseline and warm-up in whole "
                    + "days (multiples of 24 hours); set hourly buckets for other lengths");
        }
        if (!(threshold > 1) || !Double.isFinite(threshold)) {
            throw new InvalidInputException("drift.threshold", "the drift threshold must be a ratio above 1 "
                    + "(1.2 = 20% above the baseline), was " + threshold);
        }
        Check.nonNegative("drift.minRequests", minRequests);
        Check.nonNegative("drift.floorUsd", floorUsd);
        Check.positive("drift.madK", madK);
        Check.present("drift.zone", zone);
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("drift.zone", "the drift time zone '" + zone + "' is not a time zone: use an "
                    + "IANA zone such as Europe/Paris, or UTC, or an offset such as +05:30");
        }
        models = Map.copyOf(Check.present("drift.models", models));
        features = Map.copyOf(Check.present("drift.features", features));
    }

    private static void hours(String field, int v, int min) {
        if (v < min || v > MAX_HOURS) {
            throw new InvalidInputException(field, field + " must be " + min + " to " + MAX_HOURS + " hours, was " + v);
        }
    }

    /** Buckets per day: 24 for hourly buckets, else 1. */
    public int bucketsPerDay() {
        return hourly ? 24 : 1;
    }

    public DriftSetup withRule(double t, double minReq, boolean weekday, boolean rob) {
        return new DriftSetup(windowHours, baselineHours, warmUpHours, hourly, t, minReq, floorUsd, weekday, rob, madK, zone,
                models, features);
    }

    /** The setup with mappings onto a renamed stack ({@code stack}) or workload following the new name. */
    public DriftSetup withTargetRenamed(boolean stack, String from, String to) {
        java.util.function.Function<Map<String, String>, Map<String, String>> follow = m -> {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, v.equals(from) ? to : v));
            return out;
        };
        return stack ? withModels(follow.apply(models))
                : new DriftSetup(windowHours, baselineHours, warmUpHours, hourly, threshold, minRequests, floorUsd,
                sameWeekday, robust, madK, zone, models, follow.apply(features));
    }

    public DriftSetup withModels(Map<String, String> m) {
        return new DriftSetup(windowHours, baselineHours, warmUpHours, hourly, threshold, minRequests, floorUsd, sameWeekday,
                robust, madK, zone, m, features);
    }
}
