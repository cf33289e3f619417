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
    /** {@code java -jar tabletheory-server.jar}: the in-memory emulator behind the server's own HTTP/1.1 layer. */
    TABLETHEORY_SERVER,
    /**
     * {@code java -XX:SharedArchiveFile=tabletheory-server.jsa -jar tabletheory-server.jar}:
     * the same server started from a class-data-sharing archive of its classes ({@link ClassArchive}, made by a
     * training run the first time), as the README recommends for a fast start. Not among the default parameters of
     * the item benchmarks; {@code -p server=...} names it.
     */
    TABLETHEORY_SERVER_CDS,
    /**
     * {@code java -jar tabletheory-server.jar --data DIR}: the same, journaling every write to a new directory under
     * {@code tabletheory-bench/target/data} and acknowledging it once forced to disk ({@code --durability sync}).
     * Not among the default parameters; {@code -p server=...} names it.
     */
    TABLETHEORY_SERVER_DATA_SYNC,
    /** As {@link #TABLETHEORY_SERVER_DATA_SYNC} with {@code --durability process}. */
    TABLETHEORY_SERVER_DATA_PROCESS,
    /**
     * {@code java -jar tabletheory-server.jar --poll-micros 0}: the server whose connections block in their read at
     * once after each answer instead of polling for the next request first, to measure what the poll is worth. Not
     * among the default parameters; {@code -p server=...} names it.
     */
    TABLETHEORY_SERVER_NO_POLL,
    /**
     * dynalite (Apache-2.0), an in-memory DynamoDB emulator in Node.js: the baseline. {@code run.sh} installs it with
     * npm into {@code tabletheory-bench/target/dynalite}.
     */
    DYNALITE;

    /** Makes what this server's command needs before it is timed: the class archive of {@link #TABLETHEORY_SERVER_CDS}. */
    void prepare() {
        if (this == TABLETHEORY_SERVER_CDS) {
            ClassArchive.ensure(tabletheoryServerJar());
        }
    }

    /**
     * The command that runs this server on {@code port} of 127.0.0.1, as a user would: {@code java -jar
     * tabletheory-server.jar --port N} (default JVM flags), or {@code node .../dynalite/cli.js --host 127.0.0.1 --port
     * N} (dynalite's own command, default settings: in memory). The files are found by {@link #tabletheoryServerJar()}
     * and {@link #dynaliteCli()}; {@code node} is the system property {@code tabletheory.bench.node} when set, else
     * {@code node} on the path.
     */
    List<String> processCommand(int port) {
        return switch (this) {
            case TABLETHEORY_SERVER -> tabletheoryServer(port, List.of());
            case TABLETHEORY_SERVER_CDS -> tabletheoryServer(
                    List.of("-XX:SharedArchiveFile=" + ClassArchive.ensure(tabletheoryServerJar())), port, List.of());
            case TABLETHEORY_SERVER_DATA_SYNC -> tabletheoryServer(
                    port, List.of("--data", newDataDirectory().toString(), "--durability", "sync"));
            case TABLETHEORY_SERVER_DATA_PROCESS -> tabletheoryServer(
                    port, List.of("--data", newDataDirectory().toString(), "--durability", "process"));
            case TABLETHEORY_SERVER_NO_POLL -> tabletheoryServer(port, List.of("--poll-micros", "0"));
            case DYNALITE -> List.of(
                    System.getProperty("tabletheory.bench.node", "node"),
                    dynaliteCli().toString(),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port));
        };
    }

    private static List<String> tabletheoryServer(int port, List<String> options) {
        return tabletheoryServer(List.of(), port, options);
    }

    private static List<String> tabletheoryServer(List<String> jvmOptions, int port, List<String> options) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", tabletheoryServerJar().toString(), "--port", Integer.toString(port)));
        command.addAll(options);
        return command;
    }

    /** A new, empty directory under {@code tabletheory-bench/target/data} ({@code mvn clean} removes them). */
    private static Path newDataDirectory() {
        try {
            return Files.createTempDirectory(
                    Files.createDirectories(benchTarget().resolve("data")), "server-");
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create a data directory", failure);
        }
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
    static Path benchTarget() {
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

    /**
     * A port nobody listens on now; the server binds it a moment later (a race no other process here runs). With the
     * system property {@code tabletheory.bench.ports} ({@code 18570-18589}, say), the first free port of that range,
     * for machines where each user has ports of their own.
     */
    static int freePort() {
        String range = System.getProperty("tabletheory.bench.ports");
        if (range == null) {
            return bind(0);
        }
        int dash = range.indexOf('-');
        int first = Integer.parseInt(range.substring(0, dash).trim());
        int last = Integer.parseInt(range.substring(dash + 1).trim());
        for (int port = first; port <= last; port++) {
            try {
                return bind(port);
            } catch (UncheckedIOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + range);
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException("no free port", noPort);
        }
    }
}
