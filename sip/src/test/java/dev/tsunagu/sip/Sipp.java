package dev.tsunagu.sip;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's sipp (package {@code sip-tester}) on a scenario from the test resources, with a
 * time limit, and always kills it. {@link #exitCode}: 0 when every call of the scenario passed.
 */
final class Sipp implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final List<String> args;

    private Sipp(Process process, Path log, List<String> args) {
        this.process = process;
        this.log = log;
        this.args = args;
    }

    /** The value given after {@code option}. */
    String argument(String option) {
        return args.get(args.indexOf(option) + 1);
    }

    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/sipp"));
    }

    /** Starts sipp with {@code scenario} (a resource under /sipp) and the given arguments. */
    static Sipp start(String scenario, List<String> args) throws IOException {
        Path dir = Files.createTempDirectory("sipp");
        Path log = dir.resolve("sipp.log");
        List<String> command = new ArrayList<>(List.of("/usr/bin/sipp"));
        if (scenario.equals("uac") || scenario.equals("uas")) {
            command.addAll(List.of("-sn", scenario));
        } else {
            command.addAll(List.of("-sf", resource("/sipp/" + scenario).toString()));
        }
        command.addAll(args);
        command.addAll(List.of("-trace_err", "-error_file", dir.resolve("errors.log").toString(), "-nostdin"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        return new Sipp(p, log, List.copyOf(args));
    }

    static Path resource(String name) {
        try {
            return Path.of(Sipp.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /** Waits for sipp to end; kills it after {@code limit}. */
    int exitCode(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    String output() {
        try {
            Path errors = log.resolveSibling("errors.log");
            return Files.readString(log) + (Files.exists(errors) ? "\n--- errors ---\n" + Files.readString(errors) : "");
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
