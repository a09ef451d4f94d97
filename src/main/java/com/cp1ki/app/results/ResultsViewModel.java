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
                roi, style, r);
    }

    private static Figure money(double v) {
        return new Figure(Numbers.money(v), v);
    }

    private static String warning(Warning w) {
        return w.subject() == null || w.subject().isBlank() ? w.message() : w.subject() + ": " + w.message();
    }
}
