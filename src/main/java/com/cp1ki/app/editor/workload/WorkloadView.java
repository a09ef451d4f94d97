package com.cp1ki.app.editor.workload;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.editor.routing.RoutingView;
import com.cp1ki.app.editor.routing.RoutingViewModel;
import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The workload editor: basics, routing in production, typed means, and the distribution section (paste, import, percentiles). */
public final class WorkloadView implements Editor {

    @FXML private GridPane basicsForm;
    @FXML private GridPane meansForm;
    @FXML private Label workloadProfile;
    @FXML private VBox distributionHolder;
    @FXML private VBox routingHolder;
    private RoutingView routing;
    private final WorkloadViewModel vm;
    private final Node distribution;
    private final Runnable disposeDistribution;
    private final java.util.function.Consumer<java.nio.file.Path> importLog;
    private final Parent root;

    /**
     * @param distribution        the distribution section's view (paste, import, percentiles), or null
     * @param disposeDistribution detaches that section
     */
    public WorkloadView(WorkloadViewModel vm, Node distribution, Runnable disposeDistribution) {
        this(vm, distribution, disposeDistribution, f -> { });
    }

    /** @param importLog starts the preview of a log file (the file chooser's and drop target's action) */
    public WorkloadView(WorkloadViewModel vm, Node distribution, Runnable disposeDistribution,
                        java.util.function.Consumer<java.nio.file.Path> importLog) {
        this.importLog = importLog;
        this.vm = vm;
        this.distribution = distribution;
        this.disposeDistribution = disposeDistribution;
        this.root = Fxml.load(this, "Workload");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(basicsForm, vm.basics());
        FormGrid.fill(meansForm, vm.means());
        routing = new RoutingView(new RoutingViewModel(vm.session(), vm::workload));
        routingHolder.getChildren().setAll(routing.root());
        workloadProfile.textProperty().bind(vm.profileProperty());
        if (distribution != null) {
            distributionHolder.getChildren().setAll(distribution);
        }
    }

    /** Previews a log file for import, as choosing it in the file chooser does. */
    public void importLog(java.nio.file.Path file) {
        importLog.accept(file);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        vm.dispose();
        routing.dispose();
        disposeDistribution.run();
    }
}
