package com.cp1ki.cli;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
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
import java.util.Locale;
import java.util.Set;

/** {@code cp1ki report FILE [--format md|json|csv]}: every number of a project's report (docs/cli.md). */
public final class ReportCommand implements Command {

    /** The forms of the report; {@code md} is the default, for people. */
    enum Format { MD, JSON, CSV }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "FILE [--format md|json|csv] [--section results|portfolio|levers] [--scenario NAME]  print every"
                + " number of a project's report (default md; --section picks the CSV table; --scenario reports on a"
                + " scenario)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        Format format;
        String section;
        String scenario;
        try {
            Arguments a = Arguments.parse(args, Set.of("format", "section", "scenario"));
            scenario = a.option("scenario").orElse(null);
            file = a.single("FILE");
            format = format(a.option("format").orElse("md"));
            section = section(a.option("section").orElse(null), format);
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project project;
        Report report;
        try {
            Project loaded = ProjectFiles.load(Path.of(file));
            ScenarioEngine.Applied applied = ScenarioEngine.applied(loaded, scenario);
            project = applied.project();
            report = ScenarioEngine.report(loaded, scenario);
            applied.problems().forEach(p -> err.println("cp1ki report: warning: " + p.message()));
        } catch (ProjectFileException e) {
            err.println("cp1ki report: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki report: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki report: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case MD -> new MarkdownReportWriter().write(project, scenarioName(scenario), report, w);
                case JSON -> new JsonReportWriter().write(project, scenarioName(scenario), report, w);
                case CSV -> {
                    switch (section) {
                        case "portfolio" -> PortfolioCsv.write(report.portfolio(), w);
                        case "levers" -> LeversReport.csv(report, w);
                        default -> new CsvReportWriter().write(report, w);
                    }
                }
            }
            w.flush();
        } catch (IOException e) {
            err.println("cp1ki report: cannot write the report: " + e.getMessage());
            return Cli.FAILED;
        }
        return out.checkError() ? Cli.FAILED : 0;
    }

    /** The scenario's name as written in the report, null for the base. */
    private static String scenarioName(String scenario) {
        return ScenarioEngine.isBase(scenario) ? null : scenario;
    }

    /** The CSV table asked for: results (the default), portfolio or levers; --section only picks a CSV table. */
    private static String section(String name, Format format) throws Arguments.UsageException {
        if (name == null) {
            return "results";
        }
        if (format != Format.CSV) {
            throw new Arguments.UsageException("--section picks the table of --format csv; md and json hold every"
                    + " section");
        }
        return switch (name) {
            case "results", "portfolio", "levers" -> name;
            default -> throw new Arguments.UsageException("unknown section '" + name
                    + "' (expected results, portfolio or levers)");
        };
    }

    private static Format format(String name) throws Arguments.UsageException {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("unknown format '" + name + "' (expected md, json or csv)");
        }
    }
}
