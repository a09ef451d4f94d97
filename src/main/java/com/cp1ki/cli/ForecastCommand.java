package com.cp1ki.cli;

import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
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

/**
 * {@code cp1ki forecast FILE [--months N] [--format md|json|csv] [--section ...]}: the project
 * projected month by month with its forecast inputs (docs/cli.md, "forecast").
 */
public final class ForecastCommand implements Command {

    enum Format { MD, JSON, CSV }

    @Override
    public String name() {
        return "forecast";
    }

    @Override
    public String usage() {
        return "FILE [--months N] [--format md|json|csv] [--section results|plans|crossovers|bill]  project the"
                + " project month by month (default md; --months 12 to 60 overrides the file's)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        Format format;
        Integer months;
        ForecastCsv.Section section;
        try {
            Arguments a = Arguments.parse(args, Set.of("format", "months", "section"));
            file = a.single("FILE");
            format = format(a.option("format").orElse("md"));
            months = months(a.option("months").orElse(null));
            section = section(a.option("section").orElse(null), format);
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project project;
        ForecastReport forecast;
        try {
            project = ProjectFiles.load(Path.of(file));
            if (months != null) {
                project = project.withForecast(project.forecast().withMonths(months));
            }
            // the fan, when a forecast rate has a range, drawn here and now: a script waits for its numbers
            forecast = ForecastEngine.fan(project, ForecastEngine.forecast(project));
        } catch (ProjectFileException e) {
            err.println("cp1ki forecast: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki forecast: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki forecast: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        if (forecast.fan() != null && !forecast.fan().drawn()) {
            // the point forecast stands and is written; the fan's problem is in it too
            err.println("cp1ki forecast: " + file + ": " + forecast.fan().problem());
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case MD -> ForecastMarkdown.write(project, forecast, w);
                case JSON -> ForecastJson.write(project, forecast, w);
                case CSV -> ForecastCsv.write(forecast, section, w);
            }
            w.flush();
        } catch (IOException e) {
            err.println("cp1ki forecast: cannot write the forecast: " + e.getMessage());
            return Cli.FAILED;
        }
        return out.checkError() ? Cli.FAILED : 0;
    }

    /** The months asked for, a whole number (its range, 12 to 60, is the forecast's to check and name). */
    private static Integer months(String text) throws Arguments.UsageException {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--months takes a whole number of months from 12 to 60, not '"
                    + text + "'");
        }
    }

    private static ForecastCsv.Section section(String name, Format format) throws Arguments.UsageException {
        if (name == null) {
            return ForecastCsv.Section.RESULTS;
        }
        if (format != Format.CSV) {
            throw new Arguments.UsageException("--section picks the table of --format csv; md and json hold every"
                    + " section");
        }
        try {
            return ForecastCsv.Section.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("unknown section '" + name
                    + "' (expected results, plans, crossovers or bill)");
        }
    }

    private static Format format(String name) throws Arguments.UsageException {
        try {
            return Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException("unknown format '" + name + "' (expected md, json or csv)");
        }
    }
}
