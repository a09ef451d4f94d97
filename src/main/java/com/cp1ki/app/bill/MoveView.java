package com.cp1ki.app.bill;

import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.function.Function;

/** "Move a share": feature, share, from, to, the live before/after and Apply (one undoable edit). */
public final class MoveView {

    @FXML private ComboBox<String> moveFeature;
    @FXML private TextField moveShare;
    @FXML private ComboBox<String> moveFrom;
    @FXML private ComboBox<String> moveTo;
    @FXML private Button moveApply;
    @FXML private Label moveSummary;
    @FXML private Label moveMessage;
    @FXML private TableView<ChangeRow> moveChanges;
    @FXML private TableColumn<ChangeRow, String> moveNameColumn;
    @FXML private TableColumn<ChangeRow, String> moveBeforeColumn;
    @FXML private TableColumn<ChangeRow, String> moveAfterColumn;
    @FXML private TableColumn<ChangeRow, String> moveChangeColumn;
    @FXML private TableColumn<ChangeRow, String> moveCp1kiColumn;
    private final MoveViewModel vm;
    private final Parent root;

    public MoveView(MoveViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Move");
    }

    @FXML
    private void initialize() {
        options();
        moveFeature.valueProperty().bindBidirectional(vm.featureProperty());
        moveFrom.valueProperty().bindBidirectional(vm.fromProperty());
        moveTo.valueProperty().bindBidirectional(vm.toProperty());
        moveShare.textProperty().bindBidirectional(vm.shareProperty());
        vm.featureProperty().addListener((o, a, b) -> options());
        vm.fromProperty().addListener((o, a, b) -> options());
        vm.session().revisionProperty().addListener((o, a, b) -> options());
        moveApply.setOnAction(e -> vm.apply());
        moveShare.setOnAction(e -> vm.apply());
        moveApply.disableProperty().bind(vm.messageProperty().isNotNull());
        moveSummary.textProperty().bind(vm.summaryProperty());
        moveMessage.textProperty().bind(vm.messageProperty());
        moveMessage.visibleProperty().bind(vm.messageProperty().isNotNull());
        moveMessage.managedProperty().bind(moveMessage.visibleProperty());
        bind(moveNameColumn, ChangeRow::name);
        bind(moveBeforeColumn, ChangeRow::before);
        bind(moveAfterColumn, ChangeRow::after);
        bind(moveChangeColumn, ChangeRow::change);
        bind(moveCp1kiColumn, ChangeRow::cp1ki);
        for (var c : List.of(moveBeforeColumn, moveAfterColumn, moveChangeColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        moveChanges.setItems(vm.rows());
        header(moveBeforeColumn, "Before", "Monthly cost before the move (display currency)");
        header(moveAfterColumn, "After", "Monthly cost after the move (display currency)");
        header(moveChangeColumn, "Change", "After minus before, a month");
        header(moveCp1kiColumn, "CP1Ki before → after", "The feature's cost per 1,000 inferences as the product is run");
    }

    /** The drop-downs' choices follow the project and the chosen feature and stack. */
    private void options() {
        set(moveFeature, vm.features());
        set(moveFrom, vm.fromStacks());
        set(moveTo, vm.toStacks());
    }

    private static void set(ComboBox<String> box, List<String> items) {
        if (!box.getItems().equals(items)) {
            String keep = box.getValue();
            box.getItems().setAll(items);
            box.setValue(keep);
        }
    }

    private static <R> void header(TableColumn<R, String> c, String text, String tip) {
        Label l = new Label(text);
        l.setTooltip(new javafx.scene.control.Tooltip(tip));
        c.setText(null);
        c.setGraphic(l);
    }

    private static <R> void bind(TableColumn<R, String> c, Function<R, String> f) {
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    public Tab tab() {
        Tab t = new Tab("Move a share", root);
        t.setId("moveTab");
        t.setClosable(false);
        t.setTooltip(new javafx.scene.control.Tooltip("What if we move it: the bill and every feature's CP1Ki before"
                + " and after moving a share of a feature to another stack; Apply is one undoable edit."));
        return t;
    }
}
