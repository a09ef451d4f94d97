package com.cp1ki.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The workbench window. A placeholder until the workbench (issue 4) lands and replaces this class;
 * it exists so that {@code java -jar target/cp1ki.jar} and {@code mvn javafx:run} open a window.
 */
public final class WorkbenchApp extends Application {

    public static final String TITLE = "CP1Ki Workbench";

    public static void main(String[] args) {
        launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label label = new Label("The workbench arrives with issue 4. Until then, use the command line: "
                + "java -jar target/cp1ki.jar help");
        label.setId("placeholder");
        label.setWrapText(true);
        StackPane root = new StackPane(label);
        root.setPadding(new Insets(24));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 640, 240));
        stage.show();
    }
}
