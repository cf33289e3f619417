package io.tabletheory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The two DynamoDB HTTP servers the HTTP benchmarks compare, and the command that runs each as a process of its own
 * on a loopback port ({@link ServerProcess} launches it). Both are in-memory DynamoDB emulators serving DynamoDB's
 * JSON 1.0 protocol, so a benchmark's client is the same for either.
 */
public enum Server {
    /** {@code java -jar tabletheory-server.jar}: the in-memory emulator behind the JDK's HTTP server. */
    TABLETHEORY_SERVER,
    /**
     * dynalite (Apache-2.0), an in-memory DynamoDB emulator in Node.js: the baseline. {@code run.sh} installs it with
     * npm into {@code tabletheory-bench/target/dynalite}.
     */
    DYNALITE;

    /**
     * The command that runs this server on {@code port} of 127.0.0.1, as a user would: {@code java -jar
     * tabletheory-server.jar --port N} (default JVM flags), or {@code node .../dynalite/cli.js --host 127.0.0.1 --port
     * N} (dynalite's own command, default settings: in memory). The files are found by {@link #tabletheoryServerJar()}
     * and {@link #dynaliteCli()}; {@code node} is the system property {@code tabletheory.bench.node} when set, else
     * {@code node} on the path.
     */
    List<String> processCommand(int port) {
        return switch (this) {
            case TABLETHEORY_SERVER -> List.of(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    tabletheoryServerJar().toString(),
                    "--port",
                    Integer.toString(port));
            case DYNALITE -> List.of(
                    System.getProperty("tabletheory.bench.node", "node"),
                    dynaliteCli().toString(),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port));
        };
    }

    /**
     * {@code tabletheory-server.jar}, the runnable jar {@code mvn package} builds: the system property {@code
     * tabletheory.server.jar} when set, otherwise {@code tabletheory-server/target/tabletheory-server.jar} beside this
     * module in the source tree.
     */
    static Path tabletheoryServerJar() {
        String configured = System.getProperty("tabletheory.server.jar");
        Path jar = configured != null
                ? Paths.get(configured)
                : benchTarget()
                        .getParent() // tabletheory-bench
                        .resolveSibling("tabletheory-server")
                        .resolve("target")
                        .resolve("tabletheory-server.jar");
        return existing(
                jar,
                "build it with mvn -B -pl tabletheory-server -am package, or name it with"
                        + " -Dtabletheory.server.jar=...");
    }

    /**
     * dynalite's command-line script: the system property {@code tabletheory.bench.dynalite} when set, otherwise
     * {@code target/dynalite/node_modules/dynalite/cli.js} in this module, where {@code run.sh} installs it.
     */
    static Path dynaliteCli() {
        String configured = System.getProperty("tabletheory.bench.dynalite");
        Path cli = configured != null
                ? Paths.get(configured)
                : benchTarget()
                        .resolve("dynalite")
                        .resolve("node_modules")
                        .resolve("dynalite")
                        .resolve("cli.js");
        return existing(
                cli,
                "run tabletheory-bench/run.sh, which installs it, or name it with"
                        + " -Dtabletheory.bench.dynalite=...");
    }

    private static Path existing(Path file, String advice) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file + ": " + advice);
        }
        return file;
    }

    /** {@code tabletheory-bench/target}: the directory of the benchmarks jar this class is loaded from. */
    private static Path benchTarget() {
        try {
            return Paths.get(Server.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath()
                    .getParent();
        } catch (URISyntaxException notAPath) {
            throw new IllegalStateException("cannot locate the benchmarks jar", notAPath);
        }
    }

    /** A port nobody listens on now; the server binds it a moment later (a race no other process here runs). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException("no free port", noPort);
        }
    }
}
