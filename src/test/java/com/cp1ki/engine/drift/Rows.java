package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw log rows for engine.drift tests, and the slow obvious versions the engine is checked against:
 * aggregation row by row into cells, and a cost per row straight from the cost model's formula.
 */
final class Rows {
    /** One request row (weight = how many identical requests it stands for). */
    record Row(String feature, String model, LocalDate day, long in, long cached, long write, long out, boolean failed,
               double weight, double billed) {
    }

    final List<Row> rows = new ArrayList<>();
    long[] thresholds = new long[0];
    boolean cacheColumn = true;
    boolean statusColumn = true;
    boolean costColumn = false;

    Rows add(String feature, String model, LocalDate day, long in, long out, double weight) {
        rows.add(new Row(feature, model, day, in, 0, 0, out, false, weight, 0));
        return this;
    }

    Rows add(Row r) {
        rows.add(r);
        return this;
    }

    /** The same rows for each day from..to (inclusive). */
    Rows daily(String feature, String model, LocalDate from, LocalDate to, long in, long out, double weight) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            add(feature, model, d, in, out, weight);
        }
        return this;
    }

    /** Aggregates row by row into cells (the obvious way). */
    LogData data() {
        List<String> features = new ArrayList<>();
        List<String> models = new ArrayList<>();
        Map<String, double[]> cells = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!features.contains(r.feature())) {
                features.add(r.feature());
            }
            if (!models.contains(r.model())) {
                models.add(r.model());
            }
            int band = 0;
            while (band < thresholds.length && r.in() > thresholds[band]) {
                band++;
            }
            String key = features.indexOf(r.feature()) + "/" + models.indexOf(r.model()) + "/" + r.day().toEpochDay()
                    + "/" + band + "/" + r.failed();
            double[] c = cells.computeIfAbsent(key, k -> new double[7]);
            c[0] += r.weight();
            c[1] += r.in() * r.weight();
            c[2] += r.cached() * r.weight();
            c[3] += r.write() * r.weight();
            c[4] += r.out() * r.weight();
            c[5] += r.billed();
            c[6] += costColumn ? r.weight() : 0;
        }
        List<LogCell> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : cells.entrySet()) {
            String[] k = e.getKey().split("/");
            double[] c = e.getValue();
            out.add(new LogCell(Integer.parseInt(k[0]), Integer.parseInt(k[1]), Long.parseLong(k[2]),
                    Integer.parseInt(k[3]), Boolean.parseBoolean(k[4]), c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
        }
        return new LogData(Granularity.DAY, "UTC", features, models, thresholds, out, cacheColumn, statusColumn,
                costColumn);
    }

    /** The cost of one row at a stack's prices, from cost-model.md's formula with the row's own cache tokens. */
    static double cost(Row r, ManagedApi a) {
        LongContextTier t = a.longContext();
        boolean tier = t != null && r.in() > t.thresholdTokens();
        double pin = tier ? t.inputPrice() : a.inputPrice();
        double pcr = tier ? t.cacheReadPrice() : a.cacheReadPrice();
        double pcw = tier ? t.cacheWritePrice() : a.cacheWritePrice();
        double pout = tier ? t.outputPrice() : a.outputPrice();
        double model = ((r.in() - r.cached() - r.write()) * pin + r.cached() * pcr + r.write() * pcw + r.out() * pout) / 1e6;
        return (model * (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct()) + a.feePerRequest())
                * r.weight();
    }

    static Stack stack(String name, String model, double in, double out) {
        return new Stack(name, true, ManagedApi.simple("P", model, in, out), CommonCosts.NONE);
    }

    static Stack stack(String name, ManagedApi a) {
        return new Stack(name, true, a, CommonCosts.NONE);
    }

    static Project project(List<Stack> stacks, Workload... workloads) {
        return new Project("drift test", Settings.DEFAULT, List.of(workloads), stacks, List.of());
    }

    static Workload workload(String name, double perDay, double in, double out) {
        return new Workload(name, perDay, new TypedMeans(in, out), null, 1.0);
    }
}
