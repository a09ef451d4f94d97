package com.cp1ki.app.scenario;

import com.cp1ki.engine.scenario.Comparison;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario overlay of the CP1Ki chart: for one workload, a group of bars per stack, one bar per
 * column (the base, then each scenario), read from the comparison (so from each column's report).
 */
public final class CompareChart {

    private final ComboBox<String> workload = new ComboBox<>();
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(x, y);
    private final VBox root;
    private Comparison shown;
    private javafx.stage.Stage window;

    public CompareChart(CompareViewModel vm) {
        workload.setId("compareChartWorkload");
        workload.setTooltip(new Tooltip("The workload whose CP1Ki per stack the bars show"));
        chart.setId("compareChart");
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setTitle("CP1Ki by stack and scenario");
        y.setLabel("CP1Ki (USD per 1,000 inferences)");
        x.setLabel("Stack");
        VBox.setVgrow(chart, Priority.ALWAYS);
        root = new VBox(4, new Label("Workload:"), workload, chart);
        vm.comparisonProperty().addListener((o, a, c) -> show(c));
        workload.setOnAction(e -> draw());
        show(vm.comparisonProperty().get());
    }

    private void show(Comparison c) {
        shown = c;
        if (c == null) {
            return;
        }
        Set<String> workloads = new LinkedHashSet<>();
        for (Comparison.Row r : c.rows()) {
            if (r.section() == Comparison.Section.CP1KI) {
                workloads.add(workloadOf(r.item()));
            }
        }
        String keep = workload.getValue();
        workload.getItems().setAll(workloads);
        workload.setValue(keep != null && workloads.contains(keep) ? keep : workloads.stream().findFirst().orElse(null));
        draw();
    }

    private void draw() {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        String w = workload.getValue();
        if (shown != null && w != null) {
            for (int col = 0; col < shown.columns().size(); col++) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName(shown.columns().get(col));
                for (Comparison.Row r : shown.rows()) {
                    Double v = r.section() == Comparison.Section.CP1KI && workloadOf(r.item()).equals(w)
                            ? r.cells().get(col).value() : null;
                    if (v != null) {
                        s.getData().add(new XYChart.Data<>(r.item().substring(w.length() + 3), v));
                    }
                }
                series.add(s);
            }
        }
        chart.getData().setAll(series);
    }

    private static String workloadOf(String item) {
        int i = item.indexOf(" / ");
        return i < 0 ? item : item.substring(0, i);
    }

    public VBox root() {
        return root;
    }

    /** The chart in a window of its own (Scenarios > Chart by scenario…), created on first use. */
    public void showWindow(javafx.stage.Window owner) {
        if (window == null) {
            window = new javafx.stage.Stage();
            window.setTitle("CP1Ki by stack and scenario");
            root.setPadding(new javafx.geometry.Insets(8));
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 900, 600);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                window.initOwner(owner);
            }
            window.setScene(scene);
        }
        window.show();
        window.toFront();
    }

    public BarChart<String, Number> chart() {
        return chart;
    }
}
