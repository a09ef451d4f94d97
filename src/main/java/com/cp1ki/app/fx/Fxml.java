package com.cp1ki.app.fx;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

/** Loads a View's FXML (same package path, same name minus "View") with the View as controller. */
public final class Fxml {

    private Fxml() {
    }

    /** Loads {@code name}.fxml next to {@code view}'s class, with {@code view} as its controller. */
    public static <T extends Parent> T load(Object view, String name) {
        URL url = Objects.requireNonNull(view.getClass().getResource(name + ".fxml"), name + ".fxml");
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
