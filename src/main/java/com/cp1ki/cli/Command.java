package com.cp1ki.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code cp1ki}. Output to {@code out}, messages for people to {@code err}. */
public interface Command {

    /** The word that selects it, e.g. "report". */
    String name();

    /** One line: arguments and what it does, for {@code cp1ki help}. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, 1 for bad input (file, data), 2 for bad usage
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
