package com.cp1ki.io.project.v2;

import com.cp1ki.engine.model.DriftSetup;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.io.project.Where;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The optional {@code drift} object (format 3): absent fields take {@link DriftSetup#DEFAULT}'s values. */
final class DriftMapperV2 {
    private DriftMapperV2() {
    }

    static DriftSetup fromDto(DriftDto d, Where root) {
        if (d == null) {
            return DriftSetup.DEFAULT;
        }
        DriftSetup x = DriftSetup.DEFAULT;
        try {
            return new DriftSetup(or(d.windowHours(), x.windowHours()), or(d.baselineHours(), x.baselineHours()),
                    or(d.warmUpHours(), x.warmUpHours()), or(d.hourly(), x.hourly()), or(d.threshold(), x.threshold()),
                    or(d.minRequests(), x.minRequests()), or(d.floorUsd(), x.floorUsd()),
                    or(d.sameWeekday(), x.sameWeekday()), or(d.robust(), x.robust()), or(d.madK(), x.madK()),
                    or(d.zone(), x.zone()), names(d.models(), root, "drift.models"), names(d.features(), root, "drift.features"));
        } catch (InvalidInputException e) {
            throw root.error(e.field(), e.getMessage());
        }
    }

    private static Map<String, String> names(Map<String, String> m, Where root, String field) {
        if (m == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
                throw root.error(field, "maps a log name to a name: '" + e.getKey() + "' maps to nothing");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Null (nothing written) for the default setup, so files that never set one stay as they were. */
    static DriftDto toDto(DriftSetup s) {
        if (s.equals(DriftSetup.DEFAULT)) {
            return null;
        }
        return new DriftDto(s.windowHours(), s.baselineHours(), s.warmUpHours(), s.hourly(), s.threshold(),
                s.minRequests(), s.floorUsd(), s.sameWeekday(), s.robust(), s.madK(), s.zone(),
                s.models().isEmpty() ? null : new TreeMap<>(s.models()),
                s.features().isEmpty() ? null : new TreeMap<>(s.features()));
    }

    private static <T> T or(T v, T dflt) {
        return v == null ? dflt : v;
    }
}
