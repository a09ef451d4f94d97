package com.cp1ki.cli;

import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import com.cp1ki.io.export.Csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** {@code cp1ki simulate --format csv}: one row per output, money in USD, unrounded (columns in docs/cli.md). */
final class SimulationCsv {
    static final List<String> COLUMNS = List.of("key", "kind", "workload", "stack", "otherStack", "plan", "unit",
            "base", "defined", "mean", "sd", "p5", "p10", "p50", "p90", "p95", "min", "max", "topInput",
            "topInputShare", "seed", "draws");

    private SimulationCsv() {
    }

    static void write(Simulation s, Writer w) throws IOException {
        w.write(Csv.row(COLUMNS));
        for (Simulation.Result r : s.outputs()) {
            Output o = r.output();
            Stats st = r.stats();
            List<Object> cells = new ArrayList<>();
            cells.add(o.key());
            cells.add(o.kind().json());
            cells.add(o.workload());
            cells.add(o.stack());
            cells.add(o.other());
            cells.add(o.plan());
            cells.add(o.kind().unit());
            for (double v : new double[]{r.base()}) {
                cells.add(num(v));
            }
            cells.add(st.defined());
            for (double v : new double[]{st.mean(), st.sd(), st.p5(), st.p10(), st.p50(), st.p90(), st.p95(),
                    st.min(), st.max()}) {
                cells.add(num(v));
            }
            cells.add(r.contributions().isEmpty() ? null : r.contributions().get(0).field());
            cells.add(r.contributions().isEmpty() ? null : num(r.contributions().get(0).share()));
            cells.add(s.seed());
            cells.add(s.draws());
            w.write(Csv.row(cells));
        }
    }

    /** Boxed, so {@link Csv#cell} writes it plain and unrounded (empty when not a number). */
    private static Double num(double v) {
        return v;
    }
}
