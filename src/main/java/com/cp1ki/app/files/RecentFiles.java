package com.cp1ki.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened or saved project files, newest first, kept in java.util.prefs. */
public final class RecentFiles {

    public static final int MAX = 8;
    private final Preferences node;

    /** Recent files kept under {@code node} (the app uses the user node of this package). */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int k = 0; k < MAX; k++) {
            String s = node.get("recent." + k, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts {@code file} first, dropping an older mention of it and the oldest past {@link #MAX}. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> l = new ArrayList<>(list());
        l.remove(abs);
        l.add(0, abs);
        store(l);
    }

    public void remove(Path file) {
        List<Path> l = new ArrayList<>(list());
        l.remove(file.toAbsolutePath().normalize());
        store(l);
    }

    private void store(List<Path> l) {
        for (int k = 0; k < MAX; k++) {
            if (k < l.size()) {
                node.put("recent." + k, l.get(k).toString());
            } else {
                node.remove("recent." + k);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // recent files are a convenience: an unwritable preference store only loses the list
        }
    }
}
