package com.cp1ki.cli;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki compare FILE [--format md|json|csv]}: the base and every scenario of a project side
 * by side, each scenario's numbers with their deltas against the base (docs/cli.md).
 */
public final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "FILE [--format md|json|csv]  the base and every scenario side by side, with deltas (default md)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        String format;
        try {
            Arguments a = Arguments.parse(args, Set.of("format"));
            file = a.single("FILE");
            format = a.option("format").orElse("md");
            if (!Set.of("md", "json", "csv").contains(format)) {
                throw new Arguments.UsageException("unknown format '" + format + "' (expected md, json or csv)");
            }
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project project;
        Comparison comparison;
        try {
            project = ProjectFiles.load(Path.of(file));
            comparison = ScenarioEngine.compare(project);
        } catch (ProjectFileException e) {
            err.println("cp1ki compare: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki compare: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki compare: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case "json" -> CompareWriters.json(project, comparison, w);
                case "csv" -> CompareWriters.csv(comparison, w);
                default -> CompareWriters.markdown(project, comparison, w);
            }
            w.flush();
        } catch (IOException e) {
            err.println("cp1ki compare: cannot write the comparison: " + e.getMessage());
            return Cli.FAILED;
        }
        comparison.problems().forEach(p -> err.println("cp1ki compare: warning: " + p.message()));
        return out.checkError() ? Cli.FAILED : 0;
    }
}
