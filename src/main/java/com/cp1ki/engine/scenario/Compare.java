package com.cp1ki.engine.scenario;

import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.OverrideProblem;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.scenario.Comparison.Cell;
import com.cp1ki.engine.scenario.Comparison.Row;
import com.cp1ki.engine.scenario.Comparison.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds a {@link Comparison} from the reports of its columns: reads each number, then takes deltas. */
final class Compare {

    /** One column's value of a row, before deltas. */
    private record Value(Double value, String text) {
    }

    private final int columns;
    private final Map<Section, Map<String, Value[]>> table = new EnumMap<>(Section.class);

    private Compare(int columns) {
        this.columns = columns;
        for (Section s : Section.values()) {
            table.put(s, new LinkedHashMap<>());
        }
    }

    static Comparison of(List<String> names, List<Report> reports, List<OverrideProblem> problems) {
        Compare c = new Compare(names.size());
        for (int i = 0; i < reports.size(); i++) {
            c.read(i, reports.get(i));
        }
        return new Comparison(names, c.rows(), problems);
    }

    private void read(int col, Report r) {
        Map<String, StackResult> cheapest = new LinkedHashMap<>();
        for (StackResult s : r.results()) {
            String item = s.workload() + " / " + s.stack();
            put(Section.CP1KI, item, col, s.cp1ki(), null);
            put(Section.MONTHLY, item, col, s.monthlyCost(), null);
            put(Section.ROI, item, col, s.roiMultiple(), s.roiBand() == null ? null : s.roiBand().label());
            StackResult best = cheapest.get(s.workload());
            if (best == null || s.cp1ki() < best.cp1ki()) {
                cheapest.put(s.workload(), s);
            }
        }
        cheapest.forEach((w, s) -> put(Section.CHEAPEST, w, col, null, s.stack()));
        for (Crossover x : r.crossovers()) {
            if (x.withOps()) {
                put(Section.CROSSOVER, x.workload() + ": " + x.a() + " vs " + x.b(), col, x.stableAbove(),
                        x.stableAbove() == null ? null : x.cheaperAbove() + " cheaper above");
            }
        }
        if (!r.portfolio().isEmpty()) {
            put(Section.BILL, "total", col, r.portfolio().total(), null);
            for (FeatureBill f : r.portfolio().features()) {
                put(Section.FEATURE, f.workload(), col, f.monthlyCost(), null);
            }
        }
        for (PlanResult p : r.plans()) {
            put(Section.PLAN_MARGIN, p.plan(), col, p.grossMarginPct(), null);
            put(Section.PLAN_UNPROFITABLE, p.plan(), col, 100 * p.unprofitableShare(), null);
        }
    }

    private void put(Section s, String item, int col, Double value, String text) {
        Double v = value == null || !Double.isFinite(value) ? null : value;
        table.get(s).computeIfAbsent(item, k -> new Value[columns])[col] = new Value(v, text);
    }

    private List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (var section : table.entrySet()) {
            for (var e : section.getValue().entrySet()) {
                out.add(row(section.getKey(), e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private static Row row(Section s, String item, Value[] values) {
        List<Cell> cells = new ArrayList<>(values.length);
        Value base = values[0] == null ? new Value(null, null) : values[0];
        for (int i = 0; i < values.length; i++) {
            Value v = values[i] == null ? new Value(null, null) : values[i];
            if (i == 0) {
                cells.add(new Cell(v.value(), v.text(), null, null, false));
                continue;
            }
            Double delta = v.value() != null && base.value() != null ? v.value() - base.value() : null;
            Double pct = delta != null && base.value() != 0 ? 100 * delta / Math.abs(base.value()) : null;
            boolean changed = !Objects.equals(v.value(), base.value()) || !Objects.equals(v.text(), base.text());
            cells.add(new Cell(v.value(), v.text(), delta, pct, changed));
        }
        return new Row(s, item, cells);
    }
}
