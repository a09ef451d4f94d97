package com.cp1ki.cli;

import java.io.PrintStream;

/** Reports bad usage of one command: the problem, then the command's usage line, on stderr. */
final class Usage {

    private Usage() {
    }

    static int fail(Command c, Arguments.UsageException e, PrintStream err) {
        err.println("cp1ki " + c.name() + ": " + e.getMessage());
        err.println("usage: cp1ki " + c.name() + " " + c.usage());
        return Cli.USAGE;
    }
}
