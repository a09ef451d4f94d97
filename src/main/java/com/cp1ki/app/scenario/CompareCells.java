package com.cp1ki.app.scenario;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.Comparison.Cell;
import com.cp1ki.engine.scenario.Comparison.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison as text rows: "₹102.08 (+₹8.30, +8.9%)", "GPT-4o (changed)", "—". The engine's
 * money is USD; every amount and delta is shown in the display currency at the base's rate (the
 * settings given), like the rest of the workbench, and the measure names that currency.
 */
final class CompareCells {

    private CompareCells() {
    }

    static List<CompareRow> rows(Comparison c, Settings s) {
        List<CompareRow> out = new ArrayList<>(c.rows().size());
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(r.cells().size());
            for (int i = 0; i < r.cells().size(); i++) {
                cells.add(cell(r.section(), r.cells().get(i), i == 0, s));
            }
            out.add(new CompareRow(r.section().label() + " (" + unit(r.section(), s) + ")", r.item(), cells, r.changed()));
        }
        return out;
    }

    /** The section's unit with USD replaced by the display currency: "INR/1k", "EUR/month". */
    static String unit(Section section, Settings s) {
        return money(section) ? section.unit().replace("USD", s.currency()) : section.unit();
    }

    static String cell(Section section, Cell c, boolean base, Settings s) {
        String v = c.value() != null ? value(section, c.value(), s) + (c.text() != null ? " " + c.text() : "")
                : c.text() != null ? c.text() : "—";
        if (base || !c.changed()) {
            return v;
        }
        if (c.delta() == null) {
            return v + " (changed)";
        }
        String sign = c.delta() > 0 ? "+" : "-";
        String d = section.unit().equals("%") ? sign + Fmt.count(Math.round(Math.abs(c.delta()) * 10) / 10.0) + " pts"
                : sign + value(section, Math.abs(c.delta()), s);
        return v + " (" + d + (c.deltaPct() != null ? ", " + (c.deltaPct() > 0 ? "+" : "-")
                + Fmt.count(Math.round(Math.abs(c.deltaPct()) * 10) / 10.0) + "%" : "") + ")";
    }

    private static boolean money(Section section) {
        return section.unit().startsWith("USD");
    }

    private static String value(Section section, double v, Settings s) {
        if (money(section)) {
            double d = s.toDisplay(v);
            return (d < 0 ? "-" : "") + Fmt.symbol(s.currency()) + Fmt.amount(Math.abs(d));
        }
        return switch (section.unit()) {
            case "inferences/day" -> Fmt.count(Math.round(v)) + "/day";
            case "%" -> Fmt.count(Math.round(v * 10) / 10.0) + "%";
            case "x" -> Fmt.ratio(v) + "x";
            default -> Fmt.count(v);
        };
    }
}
