package com.cp1ki.cli;

import com.cp1ki.app.charts.export.ExportFiles;
import com.cp1ki.app.charts.export.Headless;
import com.cp1ki.app.charts.export.deck.DeckWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki deck FILE --out deck.pptx [--date YYYY-MM-DD]}: the project as a 16:9 PowerPoint deck
 * (title, one slide per chart with native charts where possible, results, plan margins,
 * assumptions), with no display (docs/cli.md). The file is written whole or not at all.
 */
public final class DeckCommand implements Command {

    @Override
    public String name() {
        return "deck";
    }

    @Override
    public String usage() {
        return "FILE --out DECK.pptx|SUMMARY.pdf [--date YYYY-MM-DD]  the project as a 16:9 PowerPoint deck with"
                + " editable charts, or a one-page PDF summary";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        Path target;
        LocalDate date;
        try {
            Arguments a = Arguments.parse(args, Set.of("out", "date"));
            file = a.single("FILE");
            String o = a.option("out").orElseThrow(() -> new Arguments.UsageException("missing --out DECK.pptx"));
            String lower = o.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".pptx") && !lower.endsWith(".pdf")) {
                throw new Arguments.UsageException("--out must name a .pptx file (the deck) or a .pdf file (the one-page "
                        + "summary), was '" + o + "'");
            }
            target = Path.of(o);
            date = date(a.option("date").orElse(null));
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        } catch (InvalidPathException e) {
            err.println("cp1ki deck: " + e.getInput() + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        ProjectInput in = ProjectInput.load(name(), file, err);
        if (in == null) {
            return Cli.FAILED;
        }
        try {
            byte[] bytes = Headless.run(() -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                if (target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                    com.cp1ki.app.charts.export.deck.SummaryPdf.write(in.project(), in.report(), date, b);
                } else {
                    DeckWriter.write(in.project(), in.report(), date, b);
                }
                return b.toByteArray();
            }, Duration.ofMinutes(5));
            ExportFiles.write(target, o -> o.write(bytes));
        } catch (IOException e) {
            err.println("cp1ki deck: " + e.getMessage());
            return Cli.FAILED;
        } catch (Exception e) {
            err.println("cp1ki deck: the deck could not be made: " + e.getMessage());
            return Cli.FAILED;
        }
        out.println(target);
        return out.checkError() ? Cli.FAILED : 0;
    }

    static LocalDate date(String s) throws Arguments.UsageException {
        if (s == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Arguments.UsageException("--date must be YYYY-MM-DD, was '" + s + "'");
        }
    }
}
