package com.cp1ki.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional words and {@code --name value} (or {@code --name=value})
 * options. Anything else starting with {@code -} is an unknown option; {@code --} ends options.
 */
final class Arguments {

    /** Bad usage; the message says what is wrong, for people. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final List<String> positional;
    private final Map<String, String> options;
    private final java.util.Set<String> flags = new java.util.HashSet<>();

    private Arguments(List<String> positional, Map<String, String> options) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
    }

    /**
     * @param known names of the options that take a value, without the dashes (e.g. "format")
     */
    static Arguments parse(List<String> args, Set<String> known) throws UsageException {
        return parse(args, known, Set.of());
    }

    /**
     * @param known    names of the options that take a value, without the dashes (e.g. "format")
     * @param switches names of the options that take none (e.g. "apply"); given as {@code --apply}
     */
    static Arguments parse(List<String> args, Set<String> known, Set<String> switches) throws UsageException {
        java.util.Set<String> given = new java.util.HashSet<>();
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean onlyPositional = false;
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k);
            if (onlyPositional || !a.startsWith("-") || a.equals("-")) {
                positional.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = a.startsWith("--") ? a.substring(2) : a.substring(1);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                if (!given.add(name)) {
                    throw new UsageException("option --" + name + " is given twice");
                }
                continue;
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option " + a);
            }
            if (value == null) {
                if (k + 1 >= args.size()) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args.get(++k);
            }
            if (options.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        Arguments out = new Arguments(positional, options);
        out.flags.addAll(given);
        return out;
    }

    /** Whether the switch {@code --name} was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The single positional argument, or a usage error naming what is expected. */
    String single(String what) throws UsageException {
        if (positional.isEmpty()) {
            throw new UsageException("missing " + what);
        }
        if (positional.size() > 1) {
            throw new UsageException("expects one " + what + ", got " + positional.size() + " arguments");
        }
        return positional.get(0);
    }
}
