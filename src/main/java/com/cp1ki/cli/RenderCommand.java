package com.cp1ki.cli;

import com.cp1ki.app.charts.export.Aspect;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.Headless;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki render FILE --out DIR [--format png,svg,pdf] [--scale 2] [--aspect 16:9|4:3]}: every
 * chart of a project that carries information as PNG, SVG and/or PDF, with no display (JavaFX on Monocle's headless platform), for scripted
 * decks (docs/cli.md). Charts left out (a single-spike cost distribution, a crossover without ops that
 * equals the one with) are named on stderr with the reason.
 */
public final class RenderCommand implements Command {

    /** Default pixels per logical pixel: 2 gives 3840 x 2160 images (16:9), sharp on slides and 4K screens. */
    public static final double DEFAULT_SCALE = 2;

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String usage() {
        return "FILE --out DIR [--format png,svg,pdf] [--scale 1|2|3] [--aspect 16:9|4:3]  write every chart as PNG"
                + " (1920x1080 or 1440x1080 x scale), SVG or PDF, no display needed";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        String dir;
        double scale;
        Aspect aspect;
        List<String> formats;
        try {
            Arguments a = Arguments.parse(args, Set.of("out", "scale", "aspect", "format"));
            file = a.single("FILE");
            dir = a.option("out").orElseThrow(() -> new Arguments.UsageException("missing --out DIR"));
            scale = scale(a.option("scale").orElse(null));
            aspect = aspect(a.option("aspect").orElse(null));
            formats = formats(a.option("format").orElse("png"));
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project project;
        Report report;
        Path outDir;
        try {
            outDir = Path.of(dir);
            project = ProjectFiles.load(Path.of(file));
            // the forecast chart with its fan, drawn here and now as `cp1ki forecast` draws it
            report = com.cp1ki.engine.forecast.ForecastEngine.withFan(project, CostEngine.report(project));
        } catch (ProjectFileException e) {
            err.println("cp1ki render: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki render: " + e.getInput() + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki render: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("cp1ki render: cannot create the output folder " + dir + ": " + e.getMessage());
            return Cli.FAILED;
        }
        RenderPlan plan = RenderPlan.of(project, report).withScenarios(project);
        List<RenderPlan.Item> items = plan.items();
        for (RenderPlan.Skipped sk : plan.skipped()) {
            err.println("cp1ki render: skipped " + sk.stem() + ": " + sk.why());
        }
        if (items.isEmpty()) {
            err.println("cp1ki render: " + file + " has no workload served by an enabled stack, so no charts to write");
            return 0;
        }
        List<Path> written;
        try {
            written = Headless.run(() -> {
                List<Path> done = new ArrayList<>();
                for (RenderPlan.Item it : items) {
                    for (String format : formats) {
                        Path f = outDir.resolve(it.fileName(format));
                        switch (format) {
                            case "svg" -> ChartExport.svg(it.kind(), project, report, it.options(), aspect, f);
                            case "pdf" -> ChartExport.pdf(it.kind(), project, report, it.options(), aspect, f);
                            default -> ChartExport.png(it.kind(), project, report, it.options(), aspect, f, scale);
                        }
                        done.add(f);
                    }
                }
                return done;
            }, Duration.ofMinutes(5));
        } catch (IOException e) {
            err.println("cp1ki render: " + e.getMessage());
            return Cli.FAILED;
        } catch (Exception e) {
            err.println("cp1ki render: rendering failed: " + e.getMessage());
            return Cli.FAILED;
        }
        for (Path p : written) {
            out.println(p);
        }
        if (report.plans().isEmpty()) {
            err.println("cp1ki render: no plans in " + file + ", so no margin chart");
        }
        return out.checkError() ? Cli.FAILED : 0;
    }

    private static List<String> formats(String s) throws Arguments.UsageException {
        List<String> out = new ArrayList<>();
        for (String f : s.split(",")) {
            String t = f.trim().toLowerCase(java.util.Locale.ROOT);
            if (!List.of("png", "svg", "pdf").contains(t)) {
                throw new Arguments.UsageException("--format takes png, svg or pdf (comma-separated), was '" + s + "'");
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Aspect aspect(String s) throws Arguments.UsageException {
        if (s == null) {
            return Aspect.WIDE;
        }
        Aspect a = Aspect.parse(s);
        if (a == null) {
            throw new Arguments.UsageException("--aspect must be 16:9 or 4:3, was '" + s + "'");
        }
        return a;
    }

    private static double scale(String s) throws Arguments.UsageException {
        if (s == null) {
            return DEFAULT_SCALE;
        }
        try {
            double v = Double.parseDouble(s);
            if (v >= 1 && v <= 4) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Arguments.UsageException("--scale must be a number from 1 to 4, was '" + s + "'");
    }
}
