package com.cp1ki;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a real child JVM on the test class path (crash and concurrency tests: another process,
 * killed with {@code kill -9} or racing this one). Its standard output and error go to files.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java [jvmArgs] main [args]} on this JVM's class path, quick to start, output to {@code log}. */
    public static Process start(Class<?> main, List<String> jvmArgs, List<String> args, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.addAll(jvmArgs);
        cmd.add(main.getName());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
