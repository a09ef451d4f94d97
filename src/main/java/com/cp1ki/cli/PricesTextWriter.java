package com.cp1ki.cli;

import com.cp1ki.io.catalog.PriceCheck;
import com.cp1ki.io.catalog.PriceDifference;
import com.cp1ki.io.catalog.lists.PriceList;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text form of {@code cp1ki prices}: a table of the differing prices and what was done. */
final class PricesTextWriter {

    private PricesTextWriter() {
    }

    static void write(PrintStream out, String file, PriceList list, LocalDate day, PriceCheck.Result r, boolean applied) {
        out.println("Prices of " + file + " against " + list.summary() + ", prices in force on " + day + ":");
        if (r.differences().isEmpty()) {
            out.println("All " + r.matched() + " stacks found in the list have its prices.");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"stack", "field", "project", "catalog", "catalog date", "change", "unit", "entry"});
            for (PriceDifference d : r.differences()) {
                Double pct = d.changePct();
                rows.add(new String[]{d.stack(), d.field(), number(d.project()), number(d.catalog()), d.catalogDate(),
                        pct == null ? "new" : String.format(Locale.ROOT, "%+.1f%%", pct), d.unit(), d.entryId()});
            }
            table(out, rows);
            long stacks = r.differences().stream().map(PriceDifference::stack).distinct().count();
            out.println(r.differences().size() + (r.differences().size() == 1 ? " price differs" : " prices differ") + " in "
                    + stacks + (stacks == 1 ? " stack. " : " stacks. ")
                    + (applied ? "Written into " + file + " (the previous version kept as .bak)."
                    : "Run with --apply to write the list's prices into " + file + "."));
        }
        if (!r.unmatched().isEmpty()) {
            out.println("Not in the list: " + String.join(", ", r.unmatched()) + ".");
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        String s = String.format(Locale.ROOT, "%.6f", v).replaceFirst("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    private static void table(PrintStream out, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int k = 0; k < r.length; k++) {
                w[k] = Math.max(w[k], r[k].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < r.length; k++) {
                boolean numeric = k >= 2 && k <= 5;
                String cell = numeric ? " ".repeat(w[k] - r[k].length()) + r[k] : r[k] + " ".repeat(w[k] - r[k].length());
                b.append(k == 0 ? "" : "  ").append(cell);
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
