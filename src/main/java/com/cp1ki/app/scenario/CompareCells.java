package com.cp1ki.app.scenario;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.Comparison.Cell;
import com.cp1ki.engine.scenario.Comparison.Section;

import java.util.ArrayList;
import java.util.List;

/** The comparison as text rows: "$1.23 (+$0.10, +8.9%)", "GPT-4o (changed)", "—". Money in USD. */
final class CompareCells {

    private CompareCells() {
    }

    static List<CompareRow> rows(Comparison c) {
        List<CompareRow> out = new ArrayList<>(c.rows().size());
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(r.cells().size());
            for (int i = 0; i < r.cells().size(); i++) {
                cells.add(cell(r.section(), r.cells().get(i), i == 0));
            }
            out.add(new CompareRow(r.section().label() + " (" + r.section().unit() + ")", r.item(), cells, r.changed()));
        }
        return out;
    }

    static String cell(Section s, Cell c, boolean base) {
        String v = c.value() != null ? value(s, c.value()) + (c.text() != null ? " " + c.text() : "")
                : c.text() != null ? c.text() : "—";
        if (base || !c.changed()) {
            return v;
        }
        if (c.delta() == null) {
            return v + " (changed)";
        }
        String sign = c.delta() > 0 ? "+" : "-";
        String d = s.unit().equals("%") ? sign + Fmt.count(Math.round(Math.abs(c.delta()) * 10) / 10.0) + " pts"
                : sign + value(s, Math.abs(c.delta()));
        return v + " (" + d + (c.deltaPct() != null ? ", " + (c.deltaPct() > 0 ? "+" : "-")
                + Fmt.count(Math.round(Math.abs(c.deltaPct()) * 10) / 10.0) + "%" : "") + ")";
    }

    private static String value(Section s, double v) {
        return switch (s.unit()) {
            case "USD/1k", "USD/month" -> Fmt.usd(v);
            case "inferences/day" -> Fmt.count(Math.round(v)) + "/day";
            case "%" -> Fmt.count(Math.round(v * 10) / 10.0) + "%";
            case "x" -> Fmt.ratio(v) + "x";
            default -> Fmt.count(v);
        };
    }
}
