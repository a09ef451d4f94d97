package com.cp1ki.app.main;

import com.cp1ki.app.editor.EditorHost;
import com.cp1ki.app.fx.Fxml;
import com.cp1ki.app.outline.OutlineView;
import com.cp1ki.app.results.ResultsView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.nio.file.Path;

/**
 * The main window: menus and toolbar, the outline, the selected item's editor, the charts, the
 * results table and warnings. Binds and delegates; file dialogs and confirmations are in
 * {@link FileActions}.
 */
public final class MainView {

    @FXML private BorderPane root;
    @FXML private StackPane outlineHolder;
    @FXML private StackPane editorHolder;
    @FXML private StackPane chartsHolder;
    @FXML private StackPane resultsHolder;
    @FXML private Label engineError;
    @FXML private Label statusLabel;
    @FXML private Menu recentMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem addWorkloadItem;
    @FXML private MenuItem addApiStackItem;
    @FXML private MenuItem addGpuStackItem;
    @FXML private MenuItem addPlanItem;
    @FXML private MenuItem importPricesItem;
    @FXML private MenuItem checkPricesItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private javafx.scene.control.CheckMenuItem darkThemeItem;
    @FXML private MenuItem driftItem;
    @FXML private MenuItem uncertaintyItem;
    @FXML private javafx.scene.control.SplitPane mainSplit;
    @FXML private javafx.scene.control.SplitPane chartSplit;
    private Presentation presentation;
    private final MainViewModel vm;
    private final FileActions files;
    private final ResultsView results;
    private final Node charts;

    public MainView(MainViewModel vm, EditorHost editors, Node charts) {
        this.vm = vm;
        this.files = new FileActions(vm, this::window);
        Fxml.load(this, "Main");
        outlineHolder.getChildren().setAll(new OutlineView(vm.outline(), vm.session()).root());
        editorHolder.getChildren().setAll(editors.root());
        this.charts = charts;
        results = new ResultsView(vm.results());
        resultsHolder.getChildren().setAll(results.root());
        // the comparison of scenarios is a table to read: its tab gets room under the charts
        new ResultsRoom(chartSplit, (javafx.scene.control.TabPane) results.root(), t -> "compareTab".equals(t.getId()));
        if (charts != null) {
            chartsHolder.getChildren().setAll(charts);
        }
        presentation = new Presentation(root, mainSplit, chartsHolder,
                charts instanceof com.cp1ki.app.charts.ChartsPane c ? c : null);
    }

    @FXML
    private void initialize() {
        var s = vm.session();
        // the descriptions name the user's items: their underscores are text, not mnemonics (Main.fxml)
        undoItem.textProperty().bind(s.undoDescriptionProperty().map(d -> "Undo " + d).orElse("Undo"));
        redoItem.textProperty().bind(s.redoDescriptionProperty().map(d -> "Redo " + d).orElse("Redo"));
        undoItem.disableProperty().bind(s.undoDescriptionProperty().isNull());
        redoItem.disableProperty().bind(s.redoDescriptionProperty().isNull());
        undoButton.disableProperty().bind(undoItem.disableProperty());
        redoButton.disableProperty().bind(redoItem.disableProperty());
        engineError.textProperty().bind(vm.recompute().errorProperty());
        engineError.visibleProperty().bind(vm.recompute().errorProperty().isNotNull());
        engineError.managedProperty().bind(engineError.visibleProperty());
        engineError.setId("engineError");
        var rc = vm.recompute();
        statusLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> rc.busyProperty().get()
                ? "Computing…" : rc.fanPendingProperty().get() ? "Up to date; drawing the forecast's fan…" : "Up to date",
                rc.busyProperty(), rc.fanPendingProperty()));
        vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        addWorkloadItem.setOnAction(e -> vm.outline().addWorkload());
        addApiStackItem.setOnAction(e -> vm.outline().addApiStack());
        addGpuStackItem.setOnAction(e -> vm.outline().addGpuStack());
        addPlanItem.setOnAction(e -> vm.outline().addPlan());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), vm::redo);
            }
        });
        if (root.getTop() instanceof javafx.scene.layout.VBox top) {
            top.getChildren().add(new DiskBanner(vm.disk(), files::reload).root());
        }
        root.setOnDragOver(files::dragOver);
        root.setOnDragDropped(files::dragDropped);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            m.setMnemonicParsing(false); // a file name's underscores are part of it
            m.setOnAction(e -> files.openPath(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Wires Project > Import price list… and Project > Check prices…. */
    public void setPriceActions(Runnable importList, Runnable checkPrices) {
        importPricesItem.setOnAction(e -> importList.run());
        checkPricesItem.setOnAction(e -> checkPrices.run());
    }

    public BorderPane root() {
        return root;
    }

    public FileActions files() {
        return files;
    }

    public ResultsView results() {
        return results;
    }

    @FXML private void onNew() {
        files.newProject();
    }

    @FXML private void onOpen() {
        files.open();
    }

    @FXML private void onSave() {
        files.save();
    }

    @FXML private void onSaveAs() {
        files.saveAs();
    }

    /** File > Export deck…: the project as a 16:9 PowerPoint deck (the charts pane knows the current report). */
    @FXML private void onExportDeck() {
        if (charts instanceof com.cp1ki.app.charts.ChartsPane pane) {
            pane.exportDeck();
        }
    }

    @FXML private void onQuit() {
        files.quit();
    }

    @FXML private void onToggleTheme() {
        if (root.getScene() != null) {
            (darkThemeItem.isSelected() ? com.cp1ki.app.theme.Theme.DARK : com.cp1ki.app.theme.Theme.LIGHT).applyTo(root.getScene());
        }
    }

    /** Presentation mode: one chart large, for a room (View > Present, F11). */
    public Presentation presentation() {
        return presentation;
    }

    @FXML private void onPresent() {
        presentation.toggle();
    }

    @FXML private void onUndo() {
        vm.undo();
    }

    @FXML private void onRedo() {
        vm.redo();
    }

    /** The shown scenario in the toolbar, a banner and a Scenarios menu ({@link com.cp1ki.app.scenario.ScenarioBar}). */
    public void addScenarioBar(com.cp1ki.app.scenario.ScenariosViewModel scenarios,
                               com.cp1ki.app.recompute.RecomputeService recompute, Runnable chart) {
        com.cp1ki.app.scenario.ScenarioBar.install(root, results::select, scenarios, recompute, chart);
    }

    /** Project > Drift from request logs… (the composition root opens the Drift window). */
    public MenuItem driftItem() {
        return driftItem;
    }

    /** Project > Uncertainty… (the composition root opens the Uncertainty window). */
    public MenuItem uncertaintyItem() {
        return uncertaintyItem;
    }
}
