package com.cp1ki.cli;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.PriceCheck;
import com.cp1ki.io.catalog.PriceUpdate;
import com.cp1ki.io.catalog.lists.PriceList;
import com.cp1ki.io.catalog.lists.PriceListException;
import com.cp1ki.io.catalog.lists.PriceLists;
import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.StampedDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki prices FILE [--catalog LIST.json] [--date D] [--format text|json] [--apply]}: the
 * project's prices that differ from a price list's (any format {@link PriceLists} reads, or the
 * bundled catalog), with exit code {@link Cli#DIFFERENT} when any differ, for CI. {@code --apply}
 * writes the list's prices into the project file (atomically, notes kept). See docs/cli.md.
 */
public final class PricesCommand implements Command {

    private final Clock clock;

    public PricesCommand() {
        this(Clock.systemDefaultZone());
    }

    PricesCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "prices";
    }

    @Override
    public String usage() {
        return "FILE [--catalog LIST.json] [--date YYYY-MM-DD] [--format text|json] [--apply]  check a project's prices"
                + " against a price list (exit 3 if any differ)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a;
        String file;
        String format;
        LocalDate day;
        try {
            a = Arguments.parse(args, Set.of("catalog", "date", "format"), Set.of("apply"));
            file = a.single("FILE");
            format = a.option("format").orElse("text");
            if (!format.equals("text") && !format.equals("json")) {
                throw new Arguments.UsageException("unknown format '" + format + "' (use text or json)");
            }
            day = a.option("date").isPresent() ? LocalDate.parse(a.option("date").get()) : LocalDate.now(clock);
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        } catch (DateTimeParseException e) {
            return Usage.fail(this, new Arguments.UsageException("--date must be a date like 2026-11-30, was "
                    + a(args)), err);
        }
        ProjectDocument doc;
        FileStamp read;
        PriceList list;
        try {
            StampedDocument stamped = ProjectFiles.loadStamped(Path.of(file));
            doc = stamped.document();
            read = stamped.stamp();
            list = a.option("catalog").isPresent() ? PriceLists.read(Path.of(a.option("catalog").get()))
                    : bundled();
        } catch (ProjectFileException | PriceListException e) {
            err.println("cp1ki prices: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki prices: " + e.getInput() + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        PriceCheck.Result r = PriceCheck.check(doc.project(), list.toCatalog(), day);
        boolean apply = a.flag("apply") && !r.differences().isEmpty();
        if (apply) {
            try {
                // only over the version read: another program's change since is refused, not lost
                ProjectFiles.save(new ProjectDocument(PriceUpdate.apply(doc.project(), r.differences(), r.differences()),
                        doc.notes()), Path.of(file), read);
            } catch (InvalidInputException e) {
                err.println("cp1ki prices: " + file + ": the list's prices are not valid for this project: " + e.getMessage()
                        + "; the file was not changed");
                return Cli.FAILED;
            } catch (FileRefusedException e) {
                err.println("cp1ki prices: " + e.getMessage());
                return Cli.FAILED;
            } catch (IOException e) {
                err.println("cp1ki prices: " + file + ": cannot save: " + e.getMessage() + "; the file was not changed");
                return Cli.FAILED;
            }
        }
        if (format.equals("json")) {
            PricesJsonWriter.write(out, doc.project().name(), list, day, r, apply);
        } else {
            PricesTextWriter.write(out, file, list, day, r, apply);
        }
        return r.differences().isEmpty() || apply ? 0 : Cli.DIFFERENT;
    }

    private static String a(List<String> args) {
        int k = args.indexOf("--date");
        return k >= 0 && k + 1 < args.size() ? args.get(k + 1) : args.stream().filter(s -> s.startsWith("--date=")).findFirst()
                .map(s -> s.substring(7)).orElse("?");
    }

    private static PriceList bundled() {
        Catalog c = Catalog.bundled();
        return new PriceList(com.cp1ki.io.catalog.lists.ListFormat.CATALOG, "the bundled catalog",
                LocalDate.parse(c.checkedAsOf()), c.apiModels(), c.gpuInstances(), List.of());
    }
}
