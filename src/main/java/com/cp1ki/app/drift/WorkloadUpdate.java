package com.cp1ki.app.drift;

import com.cp1ki.app.session.Edit;
import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.drift.ActualVsPlan;
import com.cp1ki.engine.drift.FeatureDrift;
import com.cp1ki.engine.field.Records;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.tokens.DriftLog;
import com.cp1ki.io.tokens.DriftReadOptions;
import com.cp1ki.io.tokens.ImportException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * "Update the workload from the last 30 days": a second pass over the logs reads the picked
 * feature's successful requests of the plan period (its token distribution and hourly peak), and
 * one undoable edit sets the workload's volume (inferences per day), token profile and
 * peak-to-average; a feature without a workload gets a new one.
 */
final class WorkloadUpdate {
    private WorkloadUpdate() {
    }

    static void run(DriftViewModel vm) {
        FeatureDrift f = vm.selectedFeature();
        var read = vm.readProperty().get();
        var report = vm.reportProperty().get();
        if (f == null || read == null || report == null) {
            return;
        }
        ActualVsPlan p = f.plan();
        ZoneId zone = ZoneId.of(report.zone());
        long from = LocalDate.parse(p.from().substring(0, 10)).atStartOfDay(zone).toInstant().toEpochMilli() * 1000;
        long to = LocalDate.parse(p.to().substring(0, 10)).plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() * 1000;
        List<java.nio.file.Path> files = vm.filesProperty().get();
        DriftReadOptions o = DriftReadOptions.defaults().withZone(zone);
        vm.busyProperty().set(true);
        vm.messageProperty().set("Reading the last " + Fmt.count(p.days()) + " days of " + f.feature() + "…");
        vm.background().execute(() -> {
            try {
                DriftLog.Window w = DriftLog.window(files, o, f.feature(), from, to, (a, b) -> { }, () -> false);
                vm.ui().execute(() -> apply(vm, f.feature(), p, w));
            } catch (ImportException | RuntimeException e) {
                vm.ui().execute(() -> {
                    vm.busyProperty().set(false);
                    vm.messageProperty().set("The workload was not updated: " + e.getMessage());
                });
            }
        });
    }

    private static void apply(DriftViewModel vm, String feature, ActualVsPlan p, DriftLog.Window w) {
        vm.busyProperty().set(false);
        if (w.distribution() == null || p.actualInferencesPerDay() <= 0) {
            vm.messageProperty().set(feature + " has no successful requests in " + p.from() + " to " + p.to()
                    + "; nothing changed.");
            return;
        }
        String name = p.workload() != null ? p.workload() : feature;
        double perDay = p.actualInferencesPerDay();
        TokenDistribution d = w.distribution();
        Double peak = w.traffic() == null ? null : w.traffic().peakToAverageHourly();
        String what = "Update workload '" + name + "' from " + p.from() + " to " + p.to() + " of the logs";
        vm.session().execute(new Edit(what, project -> updated(project, name, perDay, d, peak)));
        vm.messageProperty().set(what + ": " + Fmt.count(Math.round(perDay)) + " inferences/day, "
                + Fmt.count(d.meanInput()) + " input and " + Fmt.count(d.meanOutput()) + " output tokens on average"
                + (peak == null ? "" : ", peak-to-average " + Fmt.ratio(peak)) + ". Undo with Ctrl+Z.");
    }

    static Project updated(Project project, String name, double perDay, TokenDistribution d, Double peak) {
        List<Workload> ws = new ArrayList<>(project.workloads());
        int at = -1;
        for (int k = 0; k < ws.size(); k++) {
            if (ws.get(k).name().equals(name)) {
                at = k;
            }
        }
        double p2a = peak == null ? 1.0 : Math.max(1.0, peak);
        if (at < 0) {
            ws.add(new Workload(name, perDay, d, null, p2a));
        } else {
            Workload w = ws.get(at).withVolume(perDay).withTokens(d);
            ws.set(at, peak == null ? w : Records.with(w, "peakToAverage", p2a));
        }
        return project.withWorkloads(ws);
    }
}
