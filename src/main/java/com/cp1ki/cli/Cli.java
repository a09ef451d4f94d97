package com.cp1ki.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code cp1ki} command line: dispatches to a {@link Command} by its first word. */
public final class Cli {

    /** Exit code for bad usage (unknown command, missing or unknown option). */
    public static final int USAGE = 2;
    /** Exit code for bad input (unreadable file, invalid data). */
    public static final int FAILED = 1;
    /** Exit code of {@code prices} when the project's prices differ from the list's (for CI). */
    public static final int DIFFERENT = 3;

    private final List<Command> commands;

    public Cli(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** Every command the product ships. */
    public static Cli standard() {
        return new Cli(List.of(
                new ReportCommand(),
                new CompareCommand(),
                new ValidateCommand(),
                new ImportCommand(),
                new DriftCommand(),
                new RenderCommand(),
                new DeckCommand(),
                new PricesCommand(),
                new MoveCommand(),
                new SimulateCommand(),
                new ForecastCommand()
        ));
    }

    public List<Command> commands() {
        return commands;
    }

    /** Runs {@code args} and returns the exit code; never throws for bad input. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : 0;
        }
        for (Command c : commands) {
            if (c.name().equals(args[0])) {
                try {
                    return c.run(Arrays.asList(args).subList(1, args.length), out, err);
                } catch (RuntimeException e) {
                    err.println("cp1ki " + c.name() + ": internal error: " + e);
                    return FAILED;
                }
            }
        }
        err.println("cp1ki: unknown command '" + args[0] + "'");
        usage(err);
        return USAGE;
    }

    private void usage(PrintStream s) {
        s.println("usage: cp1ki <command> [options]");
        for (Command c : commands) {
            s.printf("  %-9s %s%n", c.name(), c.usage());
        }
        s.println("With no command, java -jar cp1ki.jar opens the workbench.");
    }
}
