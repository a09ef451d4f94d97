package com.cp1ki.app.drift;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.ModelUse;
import com.cp1ki.io.tokens.DriftRead;
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;

import java.util.Map;
import java.util.stream.Collectors;

/** Sentences for the Drift view: what was read, and what the picked day says. */
final class Summary {
    private Summary() {
    }

    static String ofRead(DriftRead r) {
        StringBuilder b = new StringBuilder(Fmt.count(r.rowsRead()) + " rows read from " + r.files().size()
                + (r.files().size() == 1 ? " file" : " files") + ", " + Fmt.count(r.rowsUsed()) + " used");
        String skipped = r.files().stream().flatMap(f -> f.skipped().entrySet().stream()
                .map(e -> reason(f.source(), e))).collect(Collectors.joining("; "));
        if (!skipped.isEmpty()) {
            b.append("; skipped: ").append(skipped);
        }
        return b.append('.').toString();
    }

    private static String reason(String file, Map.Entry<SkipReason, Skipped> e) {
        return e.getKey().description() + " " + Fmt.count(e.getValue().count()) + " (first at " + fileName(file) + " line "
                + e.getValue().firstLines().get(0) + ")";
    }

    static String unpriced(DriftReport r) {
        return r.models().stream().filter(m -> !m.priced())
                .map(m -> m.model() + " (" + Fmt.count(m.requests()) + " requests" + (m.suggestion() == null ? ""
                        : ", looks like " + m.suggestion()) + ")")
                .collect(Collectors.joining(", "));
    }

    static String models(DriftReport r) {
        return r.models().stream().filter(ModelUse::priced).map(m -> m.model() + " → " + m.stack())
                .collect(Collectors.joining(", "));
    }

    static String ofPoint(DriftPoint p) {
        return p == null ? "" : p.label() + ": " + p.reason() + ".";
    }

    private static String fileName(String f) {
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return slash < 0 ? f : f.substring(slash + 1);
    }
}
