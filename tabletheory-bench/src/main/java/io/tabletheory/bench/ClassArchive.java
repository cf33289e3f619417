package io.tabletheory.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive of {@code tabletheory-server.jar} that {@link Server#TABLETHEORY_SERVER_CDS} starts
 * with ({@code -XX:SharedArchiveFile}): the classes a server loads to start and to serve the common requests, parsed
 * and laid out once, mapped into each new JVM instead of being loaded from the jar. JDK 17 makes such an archive in a
 * training run ({@code -XX:ArchiveClassesAtExit}): {@link #ensure} starts the server with it, sends it the requests
 * of the benchmarks (CreateTable, DescribeTable, PutItem, GetItem, ListTables) and stops it; the JVM writes the archive
 * as it exits. The archive belongs to one JVM and one jar (path and time stamp): {@link #ensure} makes it again when
 * the jar is newer, and a JVM that finds it does not match ignores it and starts as without.
 */
final class ClassArchive {
    private static final long TRAINING_GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private ClassArchive() {}

    /** {@code tabletheory-server.jsa} beside the benchmarks jar, made now if missing or older than the server jar. */
    static synchronized Path ensure(Path serverJar) {
        Path archive = Server.benchTarget().resolve("tabletheory-server.jsa");
        try {
            if (Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(serverJar)) > 0) {
                return archive;
            }
            Files.deleteIfExists(archive);
            train(serverJar, archive);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("the training run did not write " + archive);
            }
            return archive;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot make the class archive " + archive, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making " + archive, interrupted);
        }
    }

    private static void train(Path serverJar, Path archive) throws IOException, InterruptedException {
        int port = Server.freePort();
        List<String> command = List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-jar",
                serverJar.toString(),
                "--port",
                Integer.toString(port));
        ServerProcess training =
                ServerProcess.launch(command, port, Paths.get("class-archive-training.log"), TRAINING_GIVE_UP_NANOS);
        URI endpoint = training.endpoint();
        try (LeanHttpConnection connection = new LeanHttpConnection(endpoint)) {
            connection.exchange(LeanRequests.createTable(endpoint));
            connection.exchange(LeanRequests.describeTable(endpoint));
            for (int round = 0; round < 50; round++) {
                connection.exchange(LeanRequests.putItem(endpoint, "training#" + round));
                connection.exchange(LeanRequests.getItem(endpoint, "training#" + round));
            }
            connection.exchange(LeanRequests.listTables(endpoint));
        } finally {
            training.stop();
        }
    }
}
