package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.report.BillChange;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.export.Markdown;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code cp1ki move FILE --workload W --from S --to T [--share 20%] [--format md|json] [--out FILE]}:
 * "what if we move it". Moves a share of a routed workload from one stack to another and prints
 * the monthly bill and every feature's CP1Ki before and after (docs/cli.md). The file is not
 * changed; {@code --out} saves the moved project to another file.
 */
public final class MoveCommand implements Command {

    @Override
    public String name() {
        return "move";
    }

    @Override
    public String usage() {
        return "FILE --workload W --from STACK --to STACK [--share 20%] [--format md|json] [--out FILE]"
                + "  the bill before and after moving a share of a workload to another stack";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        String workload;
        String from;
        String to;
        Double share;
        boolean json;
        String save;
        try {
            Arguments a = Arguments.parse(args, Set.of("workload", "from", "to", "share", "format", "out"));
            file = a.single("FILE");
            workload = a.option("workload").orElseThrow(() -> new Arguments.UsageException("missing --workload"));
            from = a.option("from").orElseThrow(() -> new Arguments.UsageException("missing --from"));
            to = a.option("to").orElseThrow(() -> new Arguments.UsageException("missing --to"));
            String typed = a.option("share").orElse(null);
            try {
                share = typed == null ? null : share(typed);
            } catch (InvalidInputException e) {
                throw new Arguments.UsageException(e.getMessage());
            }
            String f = a.option("format").orElse("md");
            if (!f.equals("md") && !f.equals("json")) {
                throw new Arguments.UsageException("unknown format '" + f + "' (expected md or json)");
            }
            json = f.equals("json");
            save = a.option("out").orElse(null);
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project before;
        Project after;
        double amount;
        try {
            before = ProjectFiles.load(Path.of(file));
            var w = before.workload(workload).orElseThrow(() -> new InvalidInputException("workload",
                    "there is no workload named '" + workload + "'"));
            if (!w.routed()) {
                throw new InvalidInputException("routing", "workload '" + workload + "' has no routing, so it is not"
                        + " in the portfolio; give it routing first");
            }
            amount = share == null ? w.shareOn(from) : share;
            if (share == null && amount == 0) {
                throw new InvalidInputException("move source", "workload '" + workload + "' is not routed to stack '"
                        + from + "'");
            }
            after = before.withRouteMoved(workload, from, to, amount);
        } catch (ProjectFileException e) {
            err.println("cp1ki move: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki move: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki move: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        BillChange change = BillChange.between(CostEngine.report(before).portfolio(),
                CostEngine.report(after).portfolio());
        String title = "Moving " + Route.percent(amount) + " of " + Markdown.text(workload) + " from "
                + Markdown.text(from) + " to " + Markdown.text(to);
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (json) {
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("workload", workload);
                    g.writeStringField("from", from);
                    g.writeStringField("to", to);
                    g.writeNumberField("share", amount);
                    PortfolioJson.change(g, change);
                    g.writeEndObject();
                }
                w.write(System.lineSeparator());
            } else {
                PrintWriter p = new PrintWriter(w);
                PortfolioMarkdown.change(p, new Amounts(before.settings()), title, change);
                p.flush();
            }
            w.flush();
            if (save != null) {
                ProjectFiles.save(after, Path.of(save));
                err.println("cp1ki move: saved the moved project to " + save);
            }
        } catch (IOException | InvalidPathException e) {
            err.println("cp1ki move: cannot write: " + e.getMessage());
            return Cli.FAILED;
        }
        return out.checkError() ? Cli.FAILED : 0;
    }

    /** "20%" or "0.2", a share of the workload's inferences in (0, 1]. */
    static double share(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        double v;
        try {
            v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("moved share", "--share must be a share such as 20% or 0.2, was '" + text + "'");
        }
        v = percent ? v / 100 : v;
        if (!(v > 0 && v <= 1)) {
            throw new InvalidInputException("moved share", "--share must be above 0% and at most 100%, was '" + text + "'");
        }
        return v;
    }
}
