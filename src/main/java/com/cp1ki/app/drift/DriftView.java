package com.cp1ki.app.drift;

import com.cp1ki.app.charts.ChartTable;
import com.cp1ki.app.charts.export.ChartImages;
import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.drift.ActualVsPlan;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.FeatureDrift;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Drift view: request logs' CP1Ki per feature by day with the baseline band and the flagged
 * days, the picked day's split into drivers as a waterfall, actuals against the plan and the
 * one-click update of the workload. Binds and delegates; every number comes from the ViewModel's
 * report. Both charts export as PNG (2x) and CSV.
 */
public final class DriftView {
    private final DriftViewModel vm;
    private final BorderPane root = new BorderPane();
    private final DriftCharts charts = new DriftCharts();
    private final DriftRuleBar rule;
    private final ComboBox<String> feature = new ComboBox<>();
    private final Label day = new Label();
    private final Label plan = new Label();
    private final Label models = new Label();
    private BiFunction<Node, String, Path> chooser = (owner, name) -> null;
    private boolean refreshing;

    public DriftView(DriftViewModel vm, Supplier<java.util.List<Path>> openLogs, Supplier<Path> openPrices) {
        this.vm = vm;
        root.setId("driftView");
        root.getStylesheets().add(DriftView.class.getResource("/com/cp1ki/app/drift/drift.css").toExternalForm());
        Button open = new Button("_Open logs…");
        open.setId("driftOpen");
        open.setTooltip(new Tooltip("CSV, TSV or JSON Lines request logs, gzipped or not (several files at once)"));
        open.setOnAction(e -> {
            var files = openLogs.get();
            if (files != null && !files.isEmpty()) {
                vm.open(files);
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("driftCancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("driftProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        feature.setId("driftFeature");
        feature.setTooltip(new Tooltip("The feature (tag) of the log to show"));
        feature.valueProperty().addListener((o, a, f) -> {
            if (!refreshing && f != null && !f.equals(vm.featureProperty().get())) {
                vm.dayProperty().set(-1);
                vm.featureProperty().set(f);
            }
        });
        rule = new DriftRuleBar(vm);
        Button prices = new Button("Dated _prices…");
        prices.setId("driftPrices");
        prices.setTooltip(new Tooltip("A price list with dated entries (validFrom/validTo: LiteLLM, genai-prices, OpenRouter "
                + "or a CP1Ki catalog): each day is priced at the entry in force that day; without one, at the project's prices"));
        prices.setOnAction(e -> {
            Path p = openPrices.get();
            if (p != null) {
                vm.usePriceList(p);
            }
        });
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(8, 4, open, new Label("Feature:"), feature,
                rule.node(), prices, progress, cancel);
        top.setPadding(new Insets(6));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        prices.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        feature.setMinWidth(160);
        Button update = new Button("_Update the workload from the last 30 days");
        update.setId("driftUpdateWorkload");
        update.setTooltip(new Tooltip("Sets the workload's volume, token distribution and peak-to-average from this "
                + "feature's last baseline-length of the logs (a second pass over them); one step, undoable"));
        update.disableProperty().bind(vm.busyProperty().or(vm.reportProperty().isNull()));
        update.setOnAction(e -> WorkloadUpdate.run(vm));
        day.setId("driftDay");
        day.setWrapText(true);
        plan.setId("driftPlan");
        plan.setWrapText(true);
        models.setId("driftModels");
        models.setWrapText(true);
        VBox sideBox = new VBox(8, day, plan, update, models);
        sideBox.setPadding(new Insets(6));
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(sideBox);
        side.setFitToWidth(true);
        side.setPrefWidth(360);
        side.setMinWidth(280);
        VBox seriesBox = box(charts.series, "driftSeries", () -> DriftTables.series(vm.selectedFeature()));
        VBox waterBox = box(charts.waterfall, "driftWaterfall", () -> DriftTables.waterfall(vm.selectedPoint()));
        HBox bottom = new HBox(waterBox, side);
        HBox.setHgrow(waterBox, Priority.ALWAYS);
        SplitPane split = new SplitPane(seriesBox, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        Label message = new Label();
        message.setId("driftMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setPadding(new Insets(4, 6, 6, 6));
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(message);
        vm.reportProperty().addListener((o, a, r) -> refresh());
        vm.featureProperty().addListener((o, a, f) -> refresh());
        vm.dayProperty().addListener((o, a, d) -> refreshDay());
        refresh();
    }

    private VBox box(Chart chart, String id, Supplier<ChartTable> table) {
        MenuButton export = new MenuButton("Export…");
        export.setId(id + "Export");
        MenuItem png = new MenuItem("PNG (2x)…");
        png.setId(id + "ExportPng");
        png.setOnAction(e -> write(id, ".png", p -> ChartImages.writePng(ChartImages.snapshot(chart, 2), p)));
        MenuItem csv = new MenuItem("CSV (the chart's data)…");
        csv.setId(id + "ExportCsv");
        csv.setOnAction(e -> write(id, ".csv", p -> Files.writeString(p, table.get().toCsv(), StandardCharsets.UTF_8)));
        export.getItems().addAll(png, csv);
        HBox bar = new HBox(export);
        bar.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox v = new VBox(bar, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        v.setPadding(new Insets(2, 6, 2, 6));
        return v;
    }

    private interface Writer {
        void write(Path p) throws IOException;
    }

    private void write(String id, String ext, Writer w) {
        FeatureDrift f = vm.selectedFeature();
        Path p = chooser.apply(root, (id.equals("driftSeries") ? "cp1ki-by-day" : "why-it-moved")
                + (f == null ? "" : "-" + f.feature().replaceAll("[^A-Za-z0-9._-]", "_")) + ext);
        if (p == null) {
            return;
        }
        try {
            w.write(p);
            vm.messageProperty().set("Saved " + p.getFileName() + ".");
        } catch (IOException | RuntimeException e) {
            vm.messageProperty().set("Could not save " + p.getFileName() + ": " + e.getMessage());
        }
    }

    /** Where exports are written (a file chooser in the window; tests give a folder). */
    public void setChooser(BiFunction<Node, String, Path> c) {
        chooser = c;
    }

    private void refresh() {
        DriftReport r = vm.reportProperty().get();
        refreshing = true;
        var names = r == null ? java.util.List.<String>of() : r.features().stream().map(FeatureDrift::feature).toList();
        if (!feature.getItems().equals(names)) {
            feature.getItems().setAll(names);
        }
        feature.setValue(vm.featureProperty().get());
        refreshing = false;
        FeatureDrift f = vm.selectedFeature();
        charts.showSeries(f, k -> vm.dayProperty().set(k));
        charts.series.setTitle(f == null ? "CP1Ki by day" : "CP1Ki of " + f.feature() + " by day (" + r.zone()
                + "), baseline band and limit; alerts and ongoing drifts marked");
        plan.setText(f == null ? "" : planText(f.plan()));
        models.setText(r == null ? "" : "Priced: " + Summary.models(r)
                + (Summary.unpriced(r).isEmpty() ? "" : "\nNot priced (left out): " + Summary.unpriced(r)));
        refreshDay();
    }

    private void refreshDay() {
        var p = vm.selectedPoint();
        charts.showWaterfall(p);
        day.setText(Summary.ofPoint(p));
    }

    static String planText(ActualVsPlan p) {
        StringBuilder b = new StringBuilder("Last " + Fmt.count(p.days()) + " days (" + p.from() + " to " + p.to() + "): "
                + Fmt.count(Math.round(p.actualInferencesPerDay())) + " inferences/day, CP1Ki "
                + (p.actualCp1ki() == null ? "-" : Fmt.usd(p.actualCp1ki())) + ".");
        if (p.workload() == null) {
            b.append("\nNo workload of this name in the project: the update adds one.");
        } else {
            b.append("\nPlan (").append(p.workload()).append("): ")
                    .append(Fmt.count(p.plannedInferencesPerDay())).append(" inferences/day, CP1Ki ")
                    .append(p.plannedTokenCp1ki() == null ? "-" : Fmt.usd(p.plannedTokenCp1ki())).append(" in tokens")
                    .append(p.plannedCp1ki() == null ? "" : ", " + Fmt.usd(p.plannedCp1ki()) + " all-in")
                    .append(" at the log's stack shares.");
            if (p.routedCp1ki() != null) {
                b.append("\nAs routed (").append(routes(p)).append("): CP1Ki ")
                        .append(p.routedTokenCp1ki() == null ? "-" : Fmt.usd(p.routedTokenCp1ki())).append(" in tokens, ")
                        .append(Fmt.usd(p.routedCp1ki())).append(" all-in.");
            }
        }
        return b.toString();
    }

    /** The log's share beside the routing's for each stack, e.g. "Haiku 62% (plan 80%), GPT-4o 38% (plan 20%)". */
    private static String routes(ActualVsPlan p) {
        StringBuilder b = new StringBuilder();
        for (ActualVsPlan.PlannedStack s : p.stacks()) {
            if (s.routedShare() == null) {
                continue;
            }
            b.append(b.length() == 0 ? "" : ", ").append(s.stack()).append(' ').append(Fmt.pct(s.share()))
                    .append(" (plan ").append(Fmt.pct(s.routedShare())).append(')');
        }
        return b.toString();
    }

    public BorderPane root() {
        return root;
    }

    public DriftViewModel viewModel() {
        return vm;
    }
}
