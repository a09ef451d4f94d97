package com.cp1ki.app.drift;

import com.cp1ki.app.charts.ChartTable;
import com.cp1ki.engine.drift.Decomposition;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.FeatureDrift;

/** What the Drift view's two charts show, as tables: the CSV export writes exactly these. */
final class DriftTables {
    private DriftTables() {
    }

    static ChartTable series(FeatureDrift f) {
        ChartTable.Builder b = new ChartTable.Builder("date", "CP1Ki (USD per 1,000 inferences)", "baseline (USD)",
                "band low (USD)", "band high: the limit (USD)", "state", "inferences", "extra spend (USD)");
        if (f != null) {
            for (DriftPoint p : f.points()) {
                b.row(p.label(), p.cp1ki(), p.baseline(), p.bandLow(), p.bandHigh(), p.state().key(), p.inferences(),
                        p.extraSpend());
            }
        }
        return b.build();
    }

    static ChartTable waterfall(DriftPoint p) {
        ChartTable.Builder b = new ChartTable.Builder("step", "amount (USD per 1,000 inferences)", "baseline value",
                "window value");
        Decomposition d = p == null ? null : p.decomposition();
        if (d != null) {
            b.row("baseline CP1Ki", d.baseline(), "", "");
            for (Decomposition.Part part : d.parts()) {
                b.row(part.driver().label(), part.amount(), part.before(), part.after());
            }
            b.row("window CP1Ki (" + p.label() + ")", d.actual(), "", "");
        }
        return b.build();
    }
}
