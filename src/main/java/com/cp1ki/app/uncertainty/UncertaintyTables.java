package com.cp1ki.app.uncertainty;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The simulated tables under the charts: P5 to P95 of every output, the chance each stack is the
 * cheapest at the current volume, and the picked output's drivers (contribution to variance). Each
 * tab's title carries the stamp ("n = 10,000, seed = 42") of the simulation its numbers come from.
 */
final class UncertaintyTables {

    private final TabPane tabs = new TabPane();
    private final TableView<Rows.Percentiles> percentiles = new TableView<>();
    private final TableView<Rows.Cheapest> cheapest = new TableView<>();
    private final TableView<Rows.Driver> drivers = new TableView<>();

    UncertaintyTables(UncertaintyViewModel vm, Consumer<String> picked) {
        percentiles.setId("uncertaintyPercentiles");
        percentiles.setItems(vm.percentiles());
        percentiles.getColumns().setAll(java.util.List.of(col("Output", Rows.Percentiles::output, 110),
                col("Of", Rows.Percentiles::of, 210), col("Workload", Rows.Percentiles::workload, 150),
                col("Point", Rows.Percentiles::base, 80), col("P5", Rows.Percentiles::p5, 80),
                col("P10", Rows.Percentiles::p10, 80), col("P50", Rows.Percentiles::p50, 80),
                col("P90", Rows.Percentiles::p90, 80), col("P95", Rows.Percentiles::p95, 80),
                col("Mean", Rows.Percentiles::mean, 80), col("Largest driver", Rows.Percentiles::driver, 300)));
        tip(percentiles.getColumns().get(3), "The value in the point report (every input at its project value)");
        tip(percentiles.getColumns().get(4), "5% of draws are at or below this value (nearest rank)");
        tip(percentiles.getColumns().get(6), "The median draw");
        tip(percentiles.getColumns().get(8), "95% of draws are at or below this value");
        tip(percentiles.getColumns().get(10), "The ranged input that explains most of the spread (rank correlation squared, normalised)");
        percentiles.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                picked.accept(row.key());
            }
        });
        cheapest.setId("uncertaintyCheapest");
        cheapest.setItems(vm.cheapest());
        cheapest.getColumns().setAll(java.util.List.of(col("Workload", Rows.Cheapest::workload, 220),
                col("Stack", Rows.Cheapest::stack, 260), col("Chance it is the cheapest", Rows.Cheapest::chance, 200)));
        drivers.setId("uncertaintyDrivers");
        drivers.setItems(vm.drivers());
        drivers.getColumns().setAll(java.util.List.of(col("Input", Rows.Driver::input, 300),
                col("Rank correlation", Rows.Driver::rho, 140), col("Share of the spread", Rows.Driver::share, 160),
                col("Field", Rows.Driver::field, 300)));
        placeholders(vm.run().messageProperty().get());
        vm.run().messageProperty().addListener((o, a, m) -> placeholders(m));
        Tab p = tab("uncertaintyPercentilesTab", percentiles);
        Tab c = tab("uncertaintyCheapestTab", cheapest);
        Tab d = tab("uncertaintyDriversTab", drivers);
        Runnable titles = () -> {
            String s = vm.stampProperty().get().isEmpty() ? "" : " (" + vm.stampProperty().get() + ")";
            p.setText("Percentiles" + s);
            c.setText("Chance cheapest at current volume" + s);
            d.setText("Drivers of " + vm.label(vm.outputProperty().get()) + s);
        };
        vm.stampProperty().addListener((o, a, b) -> titles.run());
        vm.outputProperty().addListener((o, a, b) -> titles.run());
        titles.run();
        tabs.getTabs().setAll(p, c, d);
        tabs.setId("uncertaintyTables");
    }

    private void placeholders(String message) {
        String m = message == null || message.isEmpty() ? "Nothing simulated yet." : message;
        percentiles.setPlaceholder(wrapped(m));
        cheapest.setPlaceholder(wrapped(m));
        drivers.setPlaceholder(wrapped(m + " (Drivers need at least one ranged input.)"));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Tab tab(String id, TableView<?> t) {
        Tab tab = new Tab("", t);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static <R> TableColumn<R, String> col(String title, Function<R, String> cell, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static void tip(TableColumn<?, ?> c, String text) {
        Label l = new Label(c.getText());
        l.setTooltip(new javafx.scene.control.Tooltip(text));
        c.setGraphic(l);
        c.setText("");
    }

    TabPane node() {
        return tabs;
    }

    TableView<Rows.Percentiles> percentiles() {
        return percentiles;
    }
}
