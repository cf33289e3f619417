package io.tabletheory.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code tabletheory-server} {@link Main} in a process of its own, started from the test classpath with the JVM
 * options a test chooses, for what only a whole process shows: JVM-wide settings, exit codes, fatal errors. Collects
 * the process's standard output and error; {@link #close()} kills it if it still runs.
 */
final class ForkedServer implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("\\(port (\\d+)\\)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final URI endpoint;

    private ForkedServer(Process process, Duration startup) {
        this.process = process;
        collect(process.getInputStream(), output);
        collect(process.getErrorStream(), errors);
        this.endpoint = awaitEndpoint(startup);
    }

    /** Starts {@code java <jvmOptions> io.tabletheory.server.Main --port 0} and waits for its banner. */
    static ForkedServer start(List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0"));
        try {
            return new ForkedServer(new ProcessBuilder(command).start(), Duration.ofSeconds(60));
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(cannotStart);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The exit code once the process has ended, or empty if it still runs after {@code timeout}. */
    OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(process.exitValue());
    }

    /** What the process has written to standard error so far. */
    String errors() {
        return String.join("\n", errors);
    }

    private URI awaitEndpoint(Duration startup) {
        long deadline = System.nanoTime() + startup.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                Matcher port = PORT.matcher(line);
                if (port.find()) {
                    return URI.create("http://127.0.0.1:" + port.group(1));
                }
            }
            if (!process.isAlive()) {
                break;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                "the forked server printed no endpoint; output " + output + ", errors " + errors);
    }

    private static void collect(InputStream stream, List<String> lines) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException closed) {
                        // The process ended.
                    }
                },
                "forked-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
