package com.cp1ki.app.results;

import com.cp1ki.app.form.Numbers;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;

/**
 * The results table and warnings list as display rows, toolkit-free. Every number comes from the
 * engine's report; this class only converts USD into the display currency and formats.
 */
public final class ResultsViewModel {

    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "USD");
    private final ReadOnlyBooleanWrapper manyWorkloads = new ReadOnlyBooleanWrapper(this, "manyWorkloads");

    public ObservableList<ResultRow> rows() {
        return rows;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The display currency the money columns are in. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** Whether the rows span more than one workload (else the workload column says nothing). */
    public ReadOnlyBooleanProperty manyWorkloadsProperty() {
        return manyWorkloads.getReadOnlyProperty();
    }

    /** Replaces every row and warning with those of {@code report} (null clears). */
    public void show(Report report, Settings settings) {
        currency.set(settings.currency());
        if (report == null) {
            rows.clear();
            warnings.clear();
            manyWorkloads.set(false);
            return;
        }
        manyWorkloads.set(report.results().stream().map(StackResult::workload).distinct().count() > 1);
        rows.setAll(report.results().stream().map(r -> row(r, settings)).toList());
        List<String> w = report.warnings().stream().map(ResultsViewModel::warning).toList();
        warnings.setAll(w);
    }

    static ResultRow row(StackResult r, Settings s) {
        Figure roi = r.roiMultiple() == null ? Figure.NONE : new Figure(
                String.format(Locale.ROOT, "%s (%.1f×)", r.roiBand().label(), r.roiMultiple()), r.roiMultiple());
        String style = r.roiBand() == null ? "" : "roi-" + r.roiBand().name().toLowerCase(Locale.ROOT);
        return new ResultRow(r.workload(), r.stack(),
                money(s.toDisplay(r.costPerInference())),
                money(s.toDisplay(r.cp1ki())),
                money(s.toDisplay(r.monthlyCost())),
                r.instances() == null ? Figure.NONE : new Figure(Integer.toString(r.instances()), r.instances()),
                r.utilisation() == null ? Figure.NONE
                        : new Figure(String.format(Locale.ROOT, "%.0f %%", 100 * r.utilisation()), r.utilisation()),
                roi, style, r, r.netValuePerInference() == null ? Figure.NONE : money(s.toDisplay(r.netValuePerInference())),
                roiTip(r, s));
    }

    /** "ROI 32.9× at mean cost: the inference costs 3.0 % of its value, net value ₹0.2378 per inference; ...". */
    static String roiTip(StackResult r, Settings s) {
        if (r.valuePerInference() == null) {
            return "";
        }
        String c = s.currency();
        return String.format(Locale.ROOT, "Value per inference %s %s.%nAt the mean cost: ROI %.1f×, cost-to-value %s of the value,"
                        + " net value %s %s per inference.%nAt the p95 request cost: ROI %.1f×, cost-to-value %s, net value %s %s.",
                Numbers.money(s.toDisplay(r.valuePerInference())), c, r.roiMultiple(), percent(r.costToValue()),
                Numbers.money(s.toDisplay(r.netValuePerInference())), c, r.roiMultipleP95(), percent(r.costToValueP95()),
                Numbers.money(s.toDisplay(r.netValueP95())), c);
    }

    private static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, share < 0.001 ? "%.3f %%" : "%.1f %%", 100 * share) : "–";
    }

    private static Figure money(double v) {
        return new Figure(Numbers.money(v), v);
    }

    private static String warning(Warning w) {
        return w.subject() == null || w.subject().isBlank() ? w.message() : w.subject() + ": " + w.message();
    }
}
