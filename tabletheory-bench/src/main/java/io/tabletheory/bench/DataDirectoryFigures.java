package io.tabletheory.bench;

import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Whole-process figures of a {@code --data} directory with many items: how long {@code java -jar
 * tabletheory-server.jar --data DIR} takes from launch to its first answered ListTables, and from SIGTERM to its
 * exit, for a directory whose items are all in a snapshot (after a compaction) and for one whose items are all in the
 * journal (the worst case the compaction threshold allows is both at once; the two figures add up to it).
 *
 * <pre>{@code
 * java -cp tabletheory-bench/target/benchmarks.jar io.tabletheory.bench.DataDirectoryFigures [items] [item bytes] [dir]
 * }</pre>
 *
 * Defaults: 1,000,000 items of 1,000 bytes (a string partition key and one string attribute), in a new directory
 * under {@code java.io.tmpdir}, removed at the end. The directories are written in this JVM through the server's
 * store, untimed except for the compaction. The server listens on port 18590 and 18591.
 */
public final class DataDirectoryFigures {
    private static final String TABLE = "items";
    private static final int FIRST_PORT = 18590;

    /** The server's system property for its compaction threshold, set high so the generating JVM never compacts. */
    private static final String MIN_COMPACTION_BYTES_PROPERTY = "tabletheory.server.minCompactionBytes";

    private DataDirectoryFigures() {}

    public static void main(String[] arguments) throws Exception {
        int items = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000_000;
        int itemBytes = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1_000;
        Path root = arguments.length > 2
                ? Files.createDirectories(Paths.get(arguments[2]))
                : Files.createTempDirectory("tabletheory-data-figures");
        try {
            Path snapshot = root.resolve("in-snapshot");
            Path journal = root.resolve("in-journal");
            long compactionMillis = write(snapshot, items, itemBytes, true);
            write(journal, items, itemBytes, false);
            report("snapshot", snapshot, items, itemBytes, FIRST_PORT);
            System.out.printf(
                    Locale.ROOT,
                    "  compaction of the %d items (in the generating JVM): %d ms%n",
                    items,
                    compactionMillis);
            report("journal", journal, items, itemBytes, FIRST_PORT + 1);
        } finally {
            if (arguments.length <= 2) {
                removeTree(root);
            }
        }
    }

    /** Writes the items into a new data directory; returns the time of the compaction when {@code compact}. */
    private static long write(Path directory, int items, int itemBytes, boolean compact) {
        System.setProperty(MIN_COMPACTION_BYTES_PROPERTY, Long.toString(Long.MAX_VALUE));
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            server.store()
                    .createTable(CreateTableRequest.builder(TABLE)
                            .partitionKey("pk", ScalarAttributeType.S)
                            .build());
            String padding = "x".repeat(Math.max(1, itemBytes - 20));
            for (int index = 0; index < items; index++) {
                server.store()
                        .putItem(PutItemRequest.builder(
                                        TABLE,
                                        Map.of(
                                                "pk",
                                                AttributeValue.ofString(
                                                        String.format(Locale.ROOT, "item-%010d", index)),
                                                "payload",
                                                AttributeValue.ofString(padding)))
                                .build());
            }
            if (!compact) {
                return 0;
            }
            long start = System.nanoTime();
            server.saveSnapshot();
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            System.clearProperty(MIN_COMPACTION_BYTES_PROPERTY);
        }
    }

    private static void report(String where, Path directory, int items, int itemBytes, int port) throws Exception {
        long bytes = sizeOf(directory);
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Server.tabletheoryServerJar().toString(),
                "--port",
                Integer.toString(port),
                "--data",
                directory.toString()));
        long start = System.nanoTime();
        ServerProcess process = ServerProcess.launch(
                command,
                port,
                Paths.get("data-figures-" + where + ".log"),
                java.util.concurrent.TimeUnit.MINUTES.toNanos(10));
        long startMillis = (System.nanoTime() - start) / 1_000_000;
        long startCpuMillis =
                process.cpuTime().map(java.time.Duration::toMillis).orElse(-1L);
        long count;
        try (DynamoDbClient client = SdkFixtures.client(process.endpoint())) {
            count = client.describeTable(table -> table.tableName(TABLE))
                    .table()
                    .itemCount();
        }
        long stop = System.nanoTime();
        process.stop();
        long stopMillis = (System.nanoTime() - stop) / 1_000_000;
        System.out.printf(
                Locale.ROOT,
                "items in the %s: %d items of %d bytes, %.0f MB on disk; start to first ListTables %d ms (processor"
                        + " time %d ms, %d items served); SIGTERM to exit %d ms (status %d)%n",
                where,
                items,
                itemBytes,
                bytes / 1e6,
                startMillis,
                startCpuMillis,
                count,
                stopMillis,
                process.exitValue());
    }

    private static long sizeOf(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void removeTree(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
