package com.cp1ki.app.scenario;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.ScenarioEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The side-by-side table in the workbench shows money in the project's display currency at the
 * base's rate, with its unit, like every other table; the engine's comparison stays USD.
 */
class CompareInDisplayCurrencyTest {

    /** The project's settings shown in INR at {@code rate}: only the currency and its rate change. */
    static Settings inr(Settings s, double rate) {
        return new Settings("INR", rate, "2025-06-01", "test rate", s.hoursPerMonth(), s.daysPerMonth(), s.volumeMin(),
                s.volumeMax());
    }

    private static ProjectSession inrSession(double rate) throws Exception {
        ProjectSession s = ScenariosViewModelTest.session();
        s.execute(new Edit("INR", p -> p.withSettings(inr(p.settings(), rate))));
        return s;
    }

    private static String money(double usd, Settings s) {
        double d = s.toDisplay(usd);
        return (d < 0 ? "-" : "") + Fmt.symbol(s.currency()) + Fmt.amount(Math.abs(d));
    }

    @Test
    void everyMoneyCellIsTheComparisonsUsdValueAtTheBasesRate() throws Exception {
        ProjectSession s = inrSession(83);
        CompareViewModel vm = new CompareViewModel(s, Runnable::run, Runnable::run);
        Comparison c = ScenarioEngine.compare(s.project());
        assertEquals(c, vm.comparisonProperty().get(), "the engine's comparison is untouched (USD)");
        Settings inr = s.project().settings();
        int moneyCells = 0;
        for (int i = 0; i < c.rows().size(); i++) {
            Comparison.Row r = c.rows().get(i);
            CompareRow shown = vm.rows().get(i);
            boolean money = r.section().unit().startsWith("USD");
            assertEquals(money, shown.measure().contains("INR/"), shown.measure());
            assertFalse(String.join("|", shown.cells()).contains("$"), "no dollar anywhere: " + shown.cells());
            if (!money) {
                continue;
            }
            for (int col = 0; col < r.cells().size(); col++) {
                Comparison.Cell cell = r.cells().get(col);
                if (cell.value() == null) {
                    continue;
                }
                String text = shown.cells().get(col);
                assertTrue(text.startsWith(money(cell.value(), inr)), text + " for " + cell.value() + " USD");
                if (col > 0 && cell.changed() && cell.delta() != null) {
                    String sign = cell.delta() > 0 ? "+" : "-";
                    assertTrue(text.contains("(" + sign + money(Math.abs(cell.delta()), inr)), text);
                }
                moneyCells++;
            }
        }
        assertTrue(moneyCells > 50, "the portfolio sample has many money cells: " + moneyCells);
        CompareRow bill = vm.rows().stream().filter(r -> r.measure().startsWith("monthly bill")).findFirst().orElseThrow();
        assertEquals("monthly bill (INR/month)", bill.measure());
        Comparison.Row billRow = c.rows().stream().filter(r -> r.section() == Comparison.Section.BILL).findFirst().orElseThrow();
        assertEquals(money(billRow.cells().get(0).value(), inr), bill.cells().get(0));
        assertTrue(bill.cells().get(0).startsWith("₹566,"), "about 83 x $6,825: " + bill.cells().get(0));
        assertTrue(vm.moneyNoteProperty().get().startsWith("Money in INR (₹) at 83 INR per USD"), vm.moneyNoteProperty().get());
    }

    @Test
    void aChangeOfRateOrCurrencyReachesEveryCellAtOnce() throws Exception {
        ProjectSession s = inrSession(83);
        CompareViewModel vm = new CompareViewModel(s, Runnable::run, Runnable::run);
        String before = vm.rows().get(0).cells().get(0);
        s.execute(new Edit("rate", p -> p.withSettings(inr(p.settings(), 166))));
        String after = vm.rows().get(0).cells().get(0);
        double b = Double.parseDouble(before.substring(1).replace(",", ""));
        double a = Double.parseDouble(after.substring(1).replace(",", ""));
        assertEquals(2 * b, a, 0.02 * b, before + " -> " + after);
        s.undo();
        s.undo();
        assertTrue(vm.rows().get(0).cells().get(0).startsWith("$"), vm.rows().get(0).cells().get(0));
        assertEquals("Money in USD ($).", vm.moneyNoteProperty().get());
        assertTrue(vm.rows().get(0).measure().contains("USD/1k"), vm.rows().get(0).measure());
    }

    @Test
    void percentagesRatiosAndVolumesAreNotConverted() throws Exception {
        ProjectSession s = inrSession(83);
        CompareViewModel vm = new CompareViewModel(s, Runnable::run, Runnable::run);
        Settings usd = s.project().settings();
        usd = new Settings("USD", 1, null, null, usd.hoursPerMonth(), usd.daysPerMonth(), usd.volumeMin(), usd.volumeMax());
        List<CompareRow> inUsd = CompareCells.rows(vm.comparisonProperty().get(), usd);
        int others = 0;
        for (int i = 0; i < vm.rows().size(); i++) {
            CompareRow r = vm.rows().get(i);
            if (!r.measure().contains("INR")) {
                assertEquals(inUsd.get(i), r, "not money, so the same in any currency: " + r.measure());
                others++;
            } else {
                assertEquals(inUsd.get(i).measure().replace("USD", "INR"), r.measure());
            }
        }
        assertTrue(others > 10, "crossovers, cheapest stacks, ROI and plan percentages: " + others);
        assertEquals(List.of("Base", "Launch", "GPT-4o at half price", "All chat on Haiku", "Pro at $19"), vm.columns());
    }
}
