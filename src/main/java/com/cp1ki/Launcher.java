package com.cp1ki;

import com.cp1ki.app.WorkbenchApp;
import com.cp1ki.cli.Cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Main class of {@code target/cp1ki.jar} and of {@code mvn javafx:run}.
 *
 * <p>With no arguments, or a single argument naming an existing {@code .cp1ki} file, it opens the
 * workbench; anything else is a {@code cp1ki} command line. It is a plain class (not an
 * {@code Application}) so the shaded jar starts on the class path without a module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        if (opensWorkbench(args)) {
            WorkbenchApp.main(args);
        } else {
            System.exit(commandLine(args, System.out, System.err));
        }
    }

    /**
     * POI and PDFBox log through Log4j's API, which without a logging back end prints a warning of
     * its own on the first export: send their log to Log4j's simple logger, errors only (a -D option wins).
     */
    static void quietLibraryLogging() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "ERROR");
        setIfAbsent("log4j2.simplelogLevel", "ERROR");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs {@code args} as a {@code cp1ki} command and returns the exit code. */
    static int commandLine(String[] args, PrintStream out, PrintStream err) {
        return Cli.standard().run(args, out, err);
    }

    /** True for no arguments, or a single argument that is an existing file ending in {@code .cp1ki}. */
    static boolean opensWorkbench(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1 || !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".cp1ki")) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
