package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code cp1ki validate FILE}: loads and checks a project file without computing anything. */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "FILE  check a project file without computing (exit 0 if valid, 1 if not)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        try {
            file = Arguments.parse(args, Set.of()).single("FILE");
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project p;
        try {
            p = ProjectFiles.load(Path.of(file));
        } catch (ProjectFileException e) {
            err.println("cp1ki validate: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki validate: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        }
        out.println("OK: " + file + " (" + plural(p.workloads().size(), "workload") + ", "
                + plural(p.stacks().size(), "stack") + ", " + plural(p.plans().size(), "plan")
                + (p.routedWorkloads().isEmpty() ? "" : "; " + p.routedWorkloads().size() + " routed") + ")");
        return 0;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
