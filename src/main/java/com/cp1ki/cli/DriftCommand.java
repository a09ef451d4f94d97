package com.cp1ki.cli;

import com.cp1ki.engine.drift.Drift;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.FeatureDrift;
import com.cp1ki.engine.drift.PriceBook;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.catalog.DatedPrices;
import com.cp1ki.io.catalog.lists.PriceListException;
import com.cp1ki.io.catalog.lists.PriceLists;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.tokens.DriftLog;
import com.cp1ki.io.tokens.DriftRead;
import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportProgress;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki drift LOG... --project FILE}: the CP1Ki of each feature of request logs, day by day
 * (or hour by hour), priced with the project's stacks, the drift rule's verdicts and why each
 * change happened; exit code {@link #DRIFTED} when a judged window drifted, so it can run in cron
 * or CI. See docs/cli.md.
 */
public final class DriftCommand implements Command {
    /** Exit code when a judged window of some feature is above the drift rule. */
    public static final int DRIFTED = 3;

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String usage() {
        return "LOG... --project FILE [--window 1d] [--baseline 30d] [--threshold 1.2] [--format md|json|csv] "
                + "[--min-requests N] [--floor USD] [--warm-up 7d] [--same-weekday] [--robust] [--last N] [--zone Z] "
                + "[--map MODEL=STACK,...] [--feature-map FEATURE=WORKLOAD,...] [--prices LIST.json] [column options]  "
                + "CP1Ki per feature per day from request logs, drift and why (exit 3 when drifted)";
    }

    private static Set<String> flags(Arguments a) {
        Set<String> flags = new HashSet<>();
        for (String f : DriftArgs.FLAGS) {
            if (a.flag(f)) {
                flags.add(f);
            }
        }
        return flags;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a;
        DriftArgs o;
        String projectFile;
        try {
            a = Arguments.parse(args, DriftArgs.OPTIONS, DriftArgs.FLAGS);
            if (a.positional().isEmpty()) {
                throw new Arguments.UsageException("missing LOG (one or more log files, or - for standard input)");
            }
            projectFile = a.option("project").orElseThrow(() -> new Arguments.UsageException(
                    "missing --project FILE: drift prices the log with the project's stacks"));
            o = DriftArgs.of(a, flags(a));
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project project;
        try {
            project = ProjectFiles.load(Path.of(projectFile));
        } catch (ProjectFileException e) {
            err.println("cp1ki drift: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki drift: " + projectFile + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        try {
            // the project's drift setup where no option is given
            o = DriftArgs.of(a, flags(a), project.drift());
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        DriftRead read;
        try {
            var options = o.read.withThresholdsOf(project);
            if (a.positional().equals(List.of("-"))) {
                read = DriftLog.readStream(System.in, "standard input", -1, options, ImportProgress.NONE, () -> false);
            } else {
                List<Path> files = new ArrayList<>();
                for (String f : a.positional()) {
                    files.add(Path.of(f));
                }
                read = DriftLog.read(files, options);
            }
        } catch (ImportException e) {
            err.println("cp1ki drift: " + e.getMessage() + e.fix().map(DriftCommand::hint).orElse(""));
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki drift: not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        PriceBook prices = PriceBook.PROJECT;
        if (a.option("prices").isPresent()) {
            try {
                prices = DatedPrices.of(PriceLists.read(Path.of(a.option("prices").get())).toCatalog());
            } catch (PriceListException e) {
                err.println("cp1ki drift: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        DriftReport report;
        try {
            report = Drift.analyse(project, read.data(), o.settings, prices);
        } catch (IllegalArgumentException e) {
            err.println("cp1ki drift: " + e.getMessage());
            return Cli.FAILED;
        }
        boolean drifted = drifted(report, o.last);
        try {
            switch (o.format) {
                case "json" -> new DriftJsonWriter().write(projectFile, read, report, o.last, drifted,
                        new OutputStreamWriter(out, StandardCharsets.UTF_8));
                case "csv" -> new DriftCsvWriter().write(report, out);
                default -> new DriftMarkdownWriter().write(projectFile, read, report, o.last, drifted, out);
            }
        } catch (IOException e) {
            err.println("cp1ki drift: cannot write the report: " + e.getMessage());
            return Cli.FAILED;
        }
        return drifted ? DRIFTED : 0;
    }

    /** Whether a window among the judged ones (the last {@code last}, or all) is above the rule. */
    static boolean drifted(DriftReport r, Integer last) {
        for (FeatureDrift f : r.features()) {
            for (DriftPoint p : f.points()) {
                if (p.state().drifted() && (last == null || p.bucket() > r.lastBucket() - last)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String hint(com.cp1ki.io.tokens.ImportException.Fix fix) {
        return switch (fix) {
            case INPUT_COLUMN -> "; name it with --input-col";
            case OUTPUT_COLUMN -> "; name it with --output-col";
            case NO_SYNTHETIC_OUTPUT, COLUMN_NAME -> "";
        };
    }
}
