package com.cp1ki.cli;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportProgress;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.TagResult;
import com.cp1ki.io.tokens.TokenImport;
import com.cp1ki.io.tokens.Traffic;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code cp1ki import FILE}: reads a token log (CSV, TSV, text, JSON Lines, gzip; "-" for standard
 * input) and prints the import report; with {@code --into PROJECT --workload NAME} it also stores
 * the distribution in that workload of a project file (saved atomically). See docs/cli.md.
 */
public final class ImportCommand implements Command {
    private static final Set<String> OPTIONS = Set.of("format", "as", "input-col", "output-col", "weight-col",
            "time-col", "tag-col", "delimiter", "output-ratio", "output-mean", "threads", "into", "workload", "tag",
            "per-day");

    /** How long --into waits for another program's save of the same project. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    /** What --into did, for the report. */
    record Into(String project, String workload, boolean created, double perDay, double peakToAverage) {
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE [--format text|json] [--as csv|jsonl] [--input-col C] [--output-col C] [--weight-col C] "
                + "[--time-col C] [--tag-col C] [--delimiter D] [--header|--no-header] [--output-ratio R|--output-mean N] "
                + "[--into PROJECT --workload NAME [--tag VALUE] [--per-day N]]  import a token log and print its report";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Boolean header = null;
        List<String> rest = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--header") || a.equals("--no-header")) {
                header = a.equals("--header");
            } else {
                rest.add(a);
            }
        }
        Arguments a;
        String file;
        ImportOptions o;
        String format;
        try {
            a = Arguments.parse(rest, OPTIONS);
            file = a.single("FILE");
            format = a.option("format").orElse("text");
            if (!format.equals("text") && !format.equals("json")) {
                throw new Arguments.UsageException("unknown --format '" + format + "': use text or json");
            }
            o = options(a, header);
            if (a.option("into").isPresent() != a.option("workload").isPresent()) {
                throw new Arguments.UsageException("--into PROJECT and --workload NAME go together");
            }
            if (a.option("into").isEmpty() && (a.option("tag").isPresent() || a.option("per-day").isPresent())) {
                throw new Arguments.UsageException("--tag and --per-day only apply with --into");
            }
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        ImportResult result;
        try {
            result = file.equals("-")
                    ? TokenImport.importStream(System.in, "standard input", -1, o, ImportProgress.NONE, () -> false)
                    : TokenImport.importFile(Path.of(file), o);
        } catch (ImportException e) {
            err.println("cp1ki import: " + e.getMessage() + e.fix().map(ImportCommand::hint).orElse(""));
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki import: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        Into into = null;
        if (a.option("into").isPresent()) {
            try {
                into = into(result, a);
            } catch (Arguments.UsageException e) {
                return Usage.fail(this, e, err);
            } catch (ProjectFileException e) {
                err.println("cp1ki import: " + e.getMessage());
                return Cli.FAILED;
            } catch (FileRefusedException e) {
                err.println("cp1ki import: " + e.getMessage());
                return Cli.FAILED;
            } catch (IOException e) {
                err.println("cp1ki import: " + a.option("into").get() + ": cannot save: " + e.getMessage()
                        + "; the project file was not changed");
                return Cli.FAILED;
            }
        }
        try {
            if (format.equals("json")) {
                new ImportJsonWriter().write(result, into, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            } else {
                new ImportTextWriter().write(result, into, out);
            }
        } catch (IOException e) {
            err.println("cp1ki import: cannot write the report: " + e.getMessage());
            return Cli.FAILED;
        }
        return 0;
    }

    /** How to fix an import problem with this command's options. */
    static String hint(ImportException.Fix fix) {
        return switch (fix) {
            case INPUT_COLUMN -> "; name it with --input-col";
            case OUTPUT_COLUMN -> "; name it with --output-col, or give --output-ratio R or --output-mean N";
            case NO_SYNTHETIC_OUTPUT -> "; drop --output-ratio/--output-mean";
            case COLUMN_NAME -> "";
        };
    }

    private static ImportOptions options(Arguments a, Boolean header) throws Arguments.UsageException {
        ImportOptions o = ImportOptions.defaults()
                .withColumns(a.option("input-col").orElse(null), a.option("output-col").orElse(null),
                        a.option("weight-col").orElse(null), a.option("time-col").orElse(null),
                        a.option("tag-col").orElse(null))
                .withHeader(header)
                .withDelimiter(a.option("delimiter").orElse(null));
        String as = a.option("as").orElse(null);
        if (as != null) {
            switch (as) {
                case "csv", "tsv", "text" -> o = o.withFormat(ImportOptions.Format.DELIMITED);
                case "jsonl", "json" -> o = o.withFormat(ImportOptions.Format.JSONL);
                default -> throw new Arguments.UsageException("unknown --as '" + as + "': use csv or jsonl");
            }
        }
        try {
            if (o.delimiter() != null) {
                com.cp1ki.io.tokens.TokenImport.checkDelimiter(o.delimiter());
            }
            if (a.option("output-ratio").isPresent()) {
                o = o.withOutputRatio(number(a, "output-ratio"));
            }
            if (a.option("output-mean").isPresent()) {
                o = o.withOutputMean(number(a, "output-mean"));
            }
            if (a.option("threads").isPresent()) {
                o = o.withThreads((int) number(a, "threads"));
            }
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
        return o;
    }

    private static double number(Arguments a, String name) throws Arguments.UsageException {
        String v = a.option(name).orElseThrow();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--" + name + " needs a number, got '" + v + "'");
        }
    }

    private static Into into(ImportResult result, Arguments a)
            throws Arguments.UsageException, ProjectFileException, IOException {
        Path file = Path.of(a.option("into").orElseThrow());
        String name = a.option("workload").orElseThrow();
        TokenDistribution dist = result.distribution();
        if (a.option("tag").isPresent()) {
            String tag = a.option("tag").get();
            dist = result.tag(tag).map(TagResult::distribution).orElseThrow(() -> new Arguments.UsageException(
                    "the log has no tag '" + tag + "'" + (result.tags().isEmpty() ? " (it has no tag column)"
                            : " (tags: " + result.tags().stream().map(TagResult::name).collect(Collectors.joining(", ")) + ")")));
        }
        Double perDay = a.option("per-day").isPresent() ? number(a, "per-day") : null;
        Traffic t = result.traffic();
        Double p2a = t == null ? null : t.peakToAverageHourly();
        Double perDayGiven = perDay;
        TokenDistribution imported = dist;
        Workload[] saved = new Workload[1];
        boolean[] created = new boolean[1];
        // read, change and save under the file's save lock: two imports into one project take turns
        ProjectFiles.update(file, LOCK_WAIT, doc -> {
            Project p = doc.project();
            List<Workload> ws = new ArrayList<>(p.workloads());
            int at = -1;
            for (int k = 0; k < ws.size(); k++) {
                if (ws.get(k).name().equals(name)) {
                    at = k;
                }
            }
            Workload w;
            try {
                if (at >= 0) {
                    Workload old = ws.get(at);
                    w = new Workload(name, perDayGiven != null ? perDayGiven : old.inferencesPerDay(), imported,
                            old.valuePerInference(), p2a != null ? p2a : old.peakToAverage());
                    ws.set(at, w);
                } else {
                    Double volume = perDayGiven;
                    if (volume == null) {
                        if (t == null || t.requestsPerDay() == null) {
                            throw new Arguments.UsageException("workload '" + name + "' is new and the log has no "
                                    + "timestamps to measure its volume: give --per-day N (inferences per day)");
                        }
                        volume = t.requestsPerDay();
                    }
                    w = new Workload(name, volume, imported, null, p2a != null ? p2a : 1.0);
                    ws.add(w);
                }
                p = p.withWorkloads(ws);
            } catch (InvalidInputException e) {
                throw new Arguments.UsageException(e.getMessage());
            }
            saved[0] = w;
            created[0] = at < 0;
            return new ProjectDocument(p, doc.notes());
        });
        Workload w = saved[0];
        return new Into(file.toString(), name, created[0], w.inferencesPerDay(), w.peakToAverage());
    }
}
