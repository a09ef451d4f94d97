package com.cp1ki.app.bill;

import com.cp1ki.app.charts.BillChart;
import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.Selection;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.Warning;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The bill's tables, toolkit-free: by feature (with unused reserved capacity and the total as
 * lines of their own) and by stack, in the display currency, and the shared fleets' warnings.
 * Rebuilt from every applied (project, report); it computes nothing.
 */
public final class BillViewModel {

    /** A line of the table by feature; {@code bill} is null for the unused-capacity and total lines. */
    public record FeatureRow(String feature, String routedTo, String monthly, String cp1ki, String shareOfBill,
                             FeatureBill bill) {
    }

    /** A line of the table by stack. */
    public record StackRow(String stack, String kind, String instances, String utilisation, String monthly,
                           String keys, StackBill bill) {
    }

    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    private final ObservableList<StackRow> stacks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "USD");
    private Settings settings = Settings.DEFAULT;

    public ObservableList<FeatureRow> features() {
        return features;
    }

    public ObservableList<StackRow> stacks() {
        return stacks;
    }

    /** The shared fleets' warnings, one per line, or null. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "Monthly bill $6,825.33 for 5 features on 3 stacks", or why there is none. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The display currency the money columns are in. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public void show(Project project, Report report) {
        settings = project.settings();
        currency.set(settings.currency());
        Portfolio bill = report.portfolio();
        if (bill.isEmpty()) {
            headline.set("No workload is routed yet: the bill is empty.");
        } else {
            headline.set("Monthly bill " + money(bill.total()) + " for " + bill.features().size()
                    + (bill.features().size() == 1 ? " feature" : " features") + " on " + bill.stacks().size()
                    + (bill.stacks().size() == 1 ? " stack" : " stacks")
                    + (bill.unusedReserved() > 0 ? ", of which " + money(bill.unusedReserved()) + " unused reserved capacity" : ""));
        }
        List<FeatureRow> fr = new ArrayList<>();
        for (FeatureBill f : bill.features()) {
            StringBuilder routes = new StringBuilder();
            for (FeatureShare x : f.stacks()) {
                routes.append(routes.length() == 0 ? "" : ", ").append(x.stack()).append(' ')
                        .append(ChartFormat.count(100 * x.routingShare())).append('%');
            }
            fr.add(new FeatureRow(f.workload(), routes.toString(), money(f.monthlyCost()), money(f.cp1ki()),
                    percent(f.monthlyCost(), bill.total()), f));
        }
        if (bill.unusedReserved() > 0) {
            fr.add(new FeatureRow(BillChart.UNUSED, "", money(bill.unusedReserved()), "",
                    percent(bill.unusedReserved(), bill.total()), null));
        }
        if (!bill.isEmpty()) {
            fr.add(new FeatureRow("Total", "", money(bill.total()), "", "100%", null));
        }
        features.setAll(fr);
        stacks.setAll(bill.stacks().stream().map(b -> new StackRow(b.stack(),
                "gpu".equals(b.kind()) ? "self-hosted" : "managed API",
                b.instances() == null ? "" : String.valueOf(b.instances()),
                b.utilisation() == null ? "" : ChartFormat.count(100 * b.utilisation()) + "%",
                money(b.monthlyCost()), keys(b), b)).toList());
        List<String> w = bill.warnings().stream().map(Warning::message).toList();
        warnings.set(w.isEmpty() ? null : String.join("\n", w));
    }

    /** How a selected feature line is explained (null for the unused and total lines). */
    public Selection explain(FeatureRow row) {
        return row == null || row.bill() == null ? null : BillChart.selection(row.bill(), settings);
    }

    public Selection explain(StackRow row) {
        return row == null ? null : BillChart.selection(row.bill(), settings);
    }

    private static String keys(StackBill b) {
        String overhead = "fixed and ops by " + b.overheadKey().label();
        return b.fleetKey() == null ? overhead : "GPU by " + b.fleetKey().label() + ", " + overhead;
    }

    private String money(double usd) {
        return ChartFormat.money(settings.toDisplay(usd), settings.currency());
    }

    private static String percent(double part, double total) {
        return total > 0 ? ChartFormat.count(Math.round(1000 * part / total) / 10.0) + "%" : "";
    }
}
