package com.cp1ki.app.editor.workload;

import com.cp1ki.app.fx.Fxml;
import com.cp1ki.io.tokens.Role;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The distribution section of the workload editor: paste, import (preview, progress, cancel), statistics. */
public final class DistributionView {

    @FXML private VBox distribution;
    @FXML private TextArea workloadPaste;
    @FXML private VBox previewBox;
    @FXML private Label workloadImportPreview;
    @FXML private ScrollPane previewScroll;
    @FXML private javafx.scene.layout.HBox progressBox;
    @FXML private ProgressBar workloadImportProgress;
    @FXML private Label workloadDistributionMessage;
    @FXML private TableView<TokenStats.Row> workloadPercentiles;
    @FXML private TableColumn<TokenStats.Row, String> statColumn;
    @FXML private TableColumn<TokenStats.Row, String> inputColumn;
    @FXML private TableColumn<TokenStats.Row, String> outputColumn;
    @FXML private BarChart<String, Number> workloadHistogram;
    @FXML private Label workloadImportReport;
    @FXML private TextField workloadOutputRatio;
    @FXML private TextField workloadOutputMean;
    @FXML private ComboBox<String> workloadInputColumn;
    @FXML private ComboBox<String> workloadOutputColumn;
    @FXML private ComboBox<String> workloadWeightColumn;
    @FXML private ComboBox<String> workloadTimeColumn;
    @FXML private ComboBox<String> workloadTagColumn;
    @FXML private VBox tagBox;
    @FXML private Label workloadTagSummary;
    @FXML private ComboBox<String> workloadTagChoice;
    @FXML private Button workloadTagOne;
    @FXML private Button workloadUseRate;
    private final DistributionViewModel vm;
    private final LogImportViewModel log;
    private final Parent root;

    public DistributionView(DistributionViewModel vm, LogImportViewModel log) {
        this.vm = vm;
        this.log = log;
        this.root = Fxml.load(this, "Distribution");
    }

    @FXML
    private void initialize() {
        workloadPaste.textProperty().bindBidirectional(vm.pasteTextProperty());
        workloadDistributionMessage.textProperty().bind(vm.messageProperty());
        column(statColumn, TokenStats.Row::statistic);
        column(inputColumn, TokenStats.Row::input);
        column(outputColumn, TokenStats.Row::output);
        workloadPercentiles.setItems(vm.percentiles());
        vm.histogram().addListener((ListChangeListener<TokenStats.Bar>) c -> bars());
        bars();
        vm.report().addListener((ListChangeListener<String>) c -> workloadImportReport.setText(String.join("\n", vm.report())));
        workloadOutputRatio.textProperty().bindBidirectional(vm.outputRatioProperty());
        workloadOutputMean.textProperty().bindBidirectional(vm.outputMeanProperty());
        choice(workloadInputColumn, Role.INPUT);
        choice(workloadOutputColumn, Role.OUTPUT);
        choice(workloadWeightColumn, Role.WEIGHT);
        choice(workloadTimeColumn, Role.TIME);
        choice(workloadTagColumn, Role.TAG);
        tagBox.visibleProperty().bind(log.taggedProperty().isNotNull());
        tagBox.managedProperty().bind(tagBox.visibleProperty());
        log.taggedProperty().addListener((o, a, t) -> {
            workloadTagSummary.setText(t == null ? "" : "Tag values by share of requests: " + t.summary() + ".");
            workloadTagChoice.getItems().setAll(t == null ? List.of() : t.names());
            if (t != null) {
                workloadTagChoice.getSelectionModel().selectFirst();
            }
        });
        workloadTagOne.disableProperty().bind(workloadTagChoice.valueProperty().isNull());
        workloadUseRate.visibleProperty().bind(vm.measuredPerDayProperty().isNotNull());
        workloadUseRate.managedProperty().bind(workloadUseRate.visibleProperty());
        workloadUseRate.textProperty().bind(vm.measuredPerDayProperty().map(d -> String.format(Locale.ROOT,
                "Set volume to %,.0f inferences/day (the imported rows' rate)", d)));
        previewBox.visibleProperty().bind(log.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        // all rows stay visible; a wide table scrolls sideways under them
        previewScroll.prefViewportHeightProperty().bind(workloadImportPreview.heightProperty());
        workloadImportPreview.textProperty().bind(log.previewProperty().map(ImportPreviews::describe));
        progressBox.visibleProperty().bind(log.runningProperty());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        workloadImportProgress.progressProperty().bind(log.progressProperty());
        distribution.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        distribution.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                log.choose(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void choice(ComboBox<String> box, Role role) {
        box.setItems(log.columnChoices());
        box.valueProperty().bindBidirectional(log.columnProperty(role));
    }

    private void bars() {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (TokenStats.Bar b : vm.histogram()) {
            s.getData().add(new XYChart.Data<>(b.label(), 100 * b.share()));
        }
        workloadHistogram.getData().setAll(List.of(s));
    }

    private static void column(TableColumn<TokenStats.Row, String> c, Function<TokenStats.Row, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    public Parent root() {
        return root;
    }

    @FXML private void onApplyPaste() {
        vm.applyPaste();
    }

    @FXML private void onImportLog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a token log");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Token logs", "*.csv", "*.tsv", "*.txt", "*.jsonl", "*.json", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            log.choose(f.toPath());
        }
    }

    @FXML private void onStartImport() {
        log.start();
    }

    @FXML private void onDismiss() {
        log.dismiss();
    }

    @FXML private void onUseAllTags() {
        log.useAllTags();
    }

    @FXML private void onUseEachTag() {
        log.useEachTag();
    }

    @FXML private void onUseTag() {
        log.useTag(workloadTagChoice.getValue());
    }

    @FXML private void onDismissTags() {
        log.dismissTags();
    }

    @FXML private void onUseRate() {
        vm.useMeasuredVolume();
    }

    @FXML private void onCancelImport() {
        log.cancel();
    }
}
