package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A project file loaded and reported on for the export commands, or one line on stderr saying why not. */
record ProjectInput(Project project, Report report) {

    /** Loads {@code file} and computes its report; null (after one line on {@code err}) when that fails. */
    static ProjectInput load(String command, String file, PrintStream err) {
        try {
            Project p = ProjectFiles.load(Path.of(file));
            // the forecast's fan drawn here and now, as `cp1ki forecast` draws it
            return new ProjectInput(p, com.cp1ki.engine.forecast.ForecastEngine.withFan(p, CostEngine.report(p)));
        } catch (ProjectFileException e) {
            err.println("cp1ki " + command + ": " + e.getMessage());
        } catch (InvalidPathException e) {
            err.println("cp1ki " + command + ": " + e.getInput() + " is not a valid path: " + e.getReason());
        } catch (InvalidInputException e) {
            err.println("cp1ki " + command + ": " + file + ": " + e.getMessage());
        }
        return null;
    }
}
