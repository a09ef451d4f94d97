package com.cp1ki.app.drift;

import com.cp1ki.engine.drift.DriftRule;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The rule's threshold, guards and modes, and the model mapping, as fields; Enter applies a field. */
final class DriftRuleBar {
    private final HBox box = new HBox(6);

    DriftRuleBar(DriftViewModel vm) {
        TextField threshold = field("driftThreshold", "1.2", 4, "Drift when the day's CP1Ki is above this multiple of the "
                + "30-day baseline (1.2 = 20% above); saved in the project, Enter applies (undoable)");
        threshold.setOnAction(e -> apply(vm, threshold, vm::setThreshold));
        TextField min = field("driftMinRequests", "100", 5, "Fewest inferences a day needs to be judged (requests); "
                + "saved in the project, Enter applies (undoable)");
        min.setOnAction(e -> apply(vm, min, vm::setMinRequests));
        CheckBox robust = new CheckBox("Robust");
        robust.setId("driftRobust");
        robust.setTooltip(new Tooltip("Median + 3 MAD of the baseline days instead of the ratio"));
        robust.setOnAction(e -> vm.setRobust(robust.isSelected()));
        CheckBox weekday = new CheckBox("Same weekday");
        weekday.setId("driftSameWeekday");
        weekday.setTooltip(new Tooltip("Baseline from the same weekday only"));
        weekday.setOnAction(e -> vm.setSameWeekday(weekday.isSelected()));
        TextField map = field("driftModelMap", "", 22, "Log model names that differ from the stacks' models: "
                + "model=stack, model=stack (e.g. gpt-4o-2024-08-06=GPT-4o); saved in the project, Enter applies");
        map.setPromptText("model=stack, …");
        map.setOnAction(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (String part : map.getText().split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
            vm.setModels(m);
        });
        // the fields show the project's setup: after an edit, an undo or another project
        Runnable show = () -> {
            DriftRule r = vm.ruleProperty().get();
            threshold.setText(plain(r.threshold()));
            min.setText(plain(r.minRequests()));
            robust.setSelected(r.robust());
            weekday.setSelected(r.sameWeekday());
            map.setText(String.join(", ", new TreeMap<>(vm.modelsProperty().get()).entrySet().stream()
                    .map(x -> x.getKey() + "=" + x.getValue()).toList()));
        };
        show.run();
        vm.ruleProperty().addListener((o, a, b) -> show.run());
        vm.modelsProperty().addListener((o, a, b) -> show.run());
        box.getChildren().addAll(new Label("Threshold ×"), threshold, new Label("Min. requests"), min, robust, weekday,
                new Label("Models"), map);
        for (var n : box.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    private static TextField field(String id, String text, int cols, String tip) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(cols);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static void apply(DriftViewModel vm, TextField f, java.util.function.DoubleConsumer set) {
        try {
            set.accept(Double.parseDouble(f.getText().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            vm.messageProperty().set(f.getId().equals("driftThreshold") ? "Threshold: a number above 1, such as 1.2"
                    : "Min. requests: a number of inferences, 0 or more");
        }
    }

    /** As typed: "1.2", "100" (no grouping, so the field parses it back). */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    Node node() {
        return box;
    }
}
