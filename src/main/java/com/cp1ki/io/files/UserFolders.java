package com.cp1ki.io.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the program keeps the user's own files (configuration, the autosave of unsaved work):
 * {@code $XDG_CONFIG_HOME/cp1ki} (else {@code ~/.config/cp1ki}) on Linux,
 * {@code ~/Library/Application Support/CP1Ki} on macOS, {@code %APPDATA%\CP1Ki} on Windows. The
 * system property {@value #CONFIG_PROPERTY} puts it elsewhere (tests, a portable install).
 */
public final class UserFolders {

    public static final String CONFIG_PROPERTY = "cp1ki.config.dir";

    private UserFolders() {
    }

    /** The user's configuration folder (not created here). */
    public static Path config() {
        String override = System.getProperty(CONFIG_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("CP1Ki");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CP1Ki");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("cp1ki");
    }

    /** Where the workbench autosaves unsaved work for recovery after a crash. */
    public static Path recovery() {
        return config().resolve("recovery");
    }
}
