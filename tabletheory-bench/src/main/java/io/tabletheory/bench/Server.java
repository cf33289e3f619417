package io.tabletheory.bench;

import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * The two DynamoDB HTTP servers the HTTP benchmarks compare, and how to start each: inside the benchmark JVM (for
 * {@link HttpItemBenchmark}) or as a process of its own (for {@link ProcessStartBenchmark}). Both listen on a free
 * loopback port and serve DynamoDB's JSON 1.0 protocol, so a benchmark's client is the same for either.
 */
public enum Server {
    /** {@code TableTheoryServer}: the in-memory emulator behind the JDK's HTTP server. */
    TABLETHEORY_SERVER,
    /** DynamoDB Local 3.1.0's own HTTP server (Jetty), in memory ({@code -inMemory}): the baseline. */
    DYNAMODB_LOCAL;

    /** The main class of DynamoDB Local's jar, the one its {@code java -jar DynamoDBLocal.jar} runs. */
    private static final String DYNAMODB_LOCAL_MAIN = "software.amazon.dynamodb.services.local.main.ServerRunner";

    /** Starts this server in the current JVM on a free loopback port. */
    Running startInProcess() {
        switch (this) {
            case TABLETHEORY_SERVER:
                TableTheoryServer server = TableTheoryServer.start();
                return new Running(server.endpoint(), server::close);
            case DYNAMODB_LOCAL:
                int port = freePort();
                try {
                    DynamoDBProxyServer local = ServerRunner.createServerFromCommandLineArgs(
                            new String[] {"-inMemory", "-port", Integer.toString(port)});
                    local.start();
                    return new Running(URI.create("http://127.0.0.1:" + port), () -> {
                        try {
                            local.stop();
                        } catch (Exception stopFailure) {
                            throw new IllegalStateException("DynamoDB Local did not stop", stopFailure);
                        }
                    });
                } catch (Exception startFailure) {
                    throw new IllegalStateException("DynamoDB Local did not start on port " + port, startFailure);
                }
            default:
                throw new IllegalStateException("unknown server " + this);
        }
    }

    /**
     * The command that runs this server as a process of its own on {@code port}, as a user would: {@code java -jar
     * tabletheory-server.jar --port N}, or DynamoDB Local's main class on the benchmarks jar's class path (which
     * holds DynamoDB Local and its libraries) with {@code -inMemory -port N}. Default JVM flags for both; the
     * emulator's jar is found by {@link #tabletheoryServerJar()}.
     */
    List<String> processCommand(int port) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        switch (this) {
            case TABLETHEORY_SERVER:
                command.addAll(List.of("-jar", tabletheoryServerJar().toString(), "--port", Integer.toString(port)));
                return command;
            case DYNAMODB_LOCAL:
                String sqliteDirectory = System.getProperty("org.sqlite.tmpdir");
                if (sqliteDirectory != null) {
                    command.add("-Dorg.sqlite.tmpdir=" + sqliteDirectory);
                }
                command.addAll(List.of(
                        "-cp",
                        benchmarksJar().toString(),
                        DYNAMODB_LOCAL_MAIN,
                        "-inMemory",
                        "-port",
                        Integer.toString(port)));
                return command;
            default:
                throw new IllegalStateException("unknown server " + this);
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
                : benchmarksJar()
                        .toAbsolutePath()
                        .getParent() // tabletheory-bench/target
                        .getParent() // tabletheory-bench
                        .resolveSibling("tabletheory-server")
                        .resolve("target")
                        .resolve("tabletheory-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": build it with mvn -B -pl tabletheory-server package, or"
                    + " name it with -Dtabletheory.server.jar=...");
        }
        return jar;
    }

    /** The jar (or classes directory) this class was loaded from: the benchmarks jar when run by JMH. */
    private static Path benchmarksJar() {
        try {
            return Paths.get(Server.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
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

    /** A server running in this JVM: where to send requests, and how to stop it. */
    record Running(URI endpoint, Runnable stop) {}
}
