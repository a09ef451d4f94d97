package com.cp1ki.app.editor;

import javafx.scene.Node;

/** An editor View for the selected outline item. */
public interface Editor {

    Node root();

    /** Detaches from the session; called when another item is selected. */
    void dispose();
}
