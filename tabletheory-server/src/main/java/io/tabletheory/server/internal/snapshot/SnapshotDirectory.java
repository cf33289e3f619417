package io.tabletheory.server.internal.snapshot;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.inmemory.SavedStream;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.WireObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A directory holding a snapshot of a store's tables: what {@code TableTheoryServer}'s data directory loads at start
 * and saves at close. It works through the ports only ({@code listTables}, {@code describeTable}, {@code
 * describeTimeToLive} and {@code scan} to save; {@code createTable}, {@code updateTimeToLive} and {@code putItem} to
 * load), so any {@link DynamoStore} can be saved and loaded.
 *
 * <p><b>Format (version 1).</b> The directory holds:
 *
 * <ul>
 *   <li>{@code tabletheory-snapshot.json}, the marker: {@code {"Format": "tabletheory-snapshot", "Version": 1}}. A
 *       directory without it holds no snapshot (and must hold no table files either); another version is refused.
 *   <li>One {@code <table name>.table.json} per table (see {@link TableFileNames} for names that are not plain or
 *       differ only in case), a JSON object with three members:
 *       <ul>
 *         <li>{@code "Table"}: the table's definition in CreateTable's request shape ({@code TableName}, {@code
 *             AttributeDefinitions}, {@code KeySchema}, {@code GlobalSecondaryIndexes} and {@code
 *             LocalSecondaryIndexes} with their {@code Projection}, {@code BillingMode}, for a PROVISIONED table
 *             {@code ProvisionedThroughput}, and when the table has them {@code StreamSpecification} and {@code
 *             Tags}); it is read back by the same code as a CreateTable request.
 *         <li>{@code "TimeToLiveDescription"}: DescribeTimeToLive's shape, {@code {"TimeToLiveStatus": "ENABLED",
 *             "AttributeName": "expiresAt"}} or {@code {"TimeToLiveStatus": "DISABLED"}}; optional when loading
 *             (absent means off).
 *         <li>{@code "Items"}: every item, one per line, each in DynamoDB JSON exactly as on the wire ({@code {"id":
 *             {"S": "u1"}, "n": {"N": "1.5"}, "b": {"B": "AQI="}}}: numbers as strings, binaries as standard
 *             base64).
 *       </ul>
 *   <li>{@code streams.json}, for an emulator ({@code InMemoryDynamoStore}) that has streams: its DynamoDB
 *       streams, with their records and numbering ({@link StreamsFile}); written first, and restored after the tables
 *       are loaded.
 * </ul>
 *
 * Other files in the directory are left alone. The files are plain JSON, meant to be read, diffed and edited by
 * hand; a table file can be written by hand too.
 *
 * <p><b>Saving</b> writes each table to a temporary file that replaces the old file atomically (see {@link
 * AtomicFile}), removes the files of tables that no longer exist, and writes the marker last, so a new directory
 * with a marker holds a whole snapshot. Tables and items are read one page
 * at a time while the store keeps serving: a save is not a point-in-time copy, and a write served meanwhile may or
 * may not be in it. A crash during a save leaves every file whole, each from the previous save or this one. A
 * PROVISIONED table whose store does not report its capacity is saved with 1 read and 1 write unit.
 *
 * <p><b>Loading</b> creates the directory when it is missing, and otherwise reads every table file in name order,
 * restoring each table (definition, items, TTL) as it reads it ({@link TableSnapshot}): a few thousand items are
 * held in memory at a time, and they are put on every processor. A file that cannot be read, is not valid JSON, does not have the shape above, repeats a table of another
 * file or names a table the store already has fails the load with an {@link IllegalStateException} naming the file
 * and the problem; the tables loaded before it stay in the store.
 *
 * <p>Instances are thread-safe: loads and saves run one at a time. Two processes must not use one directory at once.
 */
public final class SnapshotDirectory {
    /** The marker file's name. */
    public static final String MARKER = "tabletheory-snapshot.json";

    /** The suffix of every table file. */
    public static final String TABLE_FILE_SUFFIX = TableFileNames.SUFFIX;

    static final String FORMAT = "tabletheory-snapshot";
    static final int VERSION = 1;

    private static final byte[] MARKER_CONTENT = ("{\n  \"Format\": \"" + FORMAT + "\",\n  \"Version\": " + VERSION
                    + "\n}\n")
            .getBytes(StandardCharsets.UTF_8);

    private final Path directory;

    private SnapshotDirectory(Path directory) {
        this.directory = directory;
    }

    /** The snapshot in {@code directory}; nothing is read or written until {@link #load} or {@link #save}. */
    public static SnapshotDirectory at(Path directory) {
        return new SnapshotDirectory(
                Objects.requireNonNull(directory, "directory").toAbsolutePath());
    }

    /** The directory, as an absolute path. */
    public Path path() {
        return directory;
    }

    /**
     * Loads the snapshot into {@code store}, creating the directory when it is missing; returns the number of tables
     * loaded (0 when the directory holds no snapshot).
     *
     * @throws UncheckedIOException when the directory cannot be created or listed, or a file cannot be read
     * @throws IllegalStateException when the directory does not hold a valid snapshot; the message names the file
     */
    public synchronized int load(DynamoStore store) {
        createDirectory();
        List<Path> tableFiles = tableFiles();
        Path marker = directory.resolve(MARKER);
        if (!Files.exists(marker)) {
            if (!tableFiles.isEmpty()) {
                throw new IllegalStateException("cannot load the snapshot in " + directory + ": it holds table files ("
                        + tableFiles.get(0).getFileName() + ") but no " + MARKER + " marker");
            }
            return 0;
        }
        checkMarker(marker);
        Map<String, Path> loaded = new HashMap<>();
        for (Path file : tableFiles) {
            try {
                TableSnapshot.load(file, store, tableName -> {
                    Path earlier = loaded.putIfAbsent(tableName, file);
                    if (earlier != null) {
                        throw new IllegalArgumentException(
                                "table " + tableName + " is also in " + earlier.getFileName());
                    }
                });
            } catch (UncheckedIOException unreadable) {
                throw unreadable;
            } catch (RuntimeException invalid) {
                throw new IllegalStateException(
                        "cannot load snapshot file " + file + ": " + invalid.getMessage(), invalid);
            }
        }
        Path streams = directory.resolve(StreamsFile.NAME);
        if (store instanceof InMemoryDynamoStore emulator && Files.isRegularFile(streams)) {
            try {
                emulator.restoreStreams(StreamsFile.read(read(streams)));
            } catch (UncheckedIOException unreadable) {
                throw unreadable;
            } catch (RuntimeException invalid) {
                throw new IllegalStateException(
                        "cannot load snapshot file " + streams + ": " + invalid.getMessage(), invalid);
            }
        }
        return loaded.size();
    }

    /**
     * Saves every table of {@code store}, replacing the previous snapshot; returns the number of tables saved. A
     * table deleted while the save runs is left out.
     *
     * @throws UncheckedIOException when a file cannot be written; the message names it, and the files not yet
     *     replaced keep the previous save's content
     */
    public int save(DynamoStore store) {
        return save(store, () -> {});
    }

    /**
     * Saves every table of {@code store} as {@link #save(DynamoStore)} does, writing the marker last, after {@code
     * beforeMarker} has run: in a new directory, the marker then says the snapshot is whole. A thread interrupted
     * while it saves stops between two pages of items with a {@link java.util.concurrent.CancellationException},
     * leaving no marker in a new directory.
     */
    public synchronized int save(DynamoStore store, Runnable beforeMarker) {
        createDirectory();
        saveStreams(store);
        Map<String, String> fileNames = TableFileNames.assign(tableNames(store));
        List<Path> written = new ArrayList<>();
        fileNames.forEach((tableName, fileName) -> {
            Path file = directory.resolve(fileName);
            try {
                write(file, stream -> TableSnapshotWriter.write(store, tableName, stream));
                written.add(file);
            } catch (ResourceNotFoundException deletedMeanwhile) {
                // the table was deleted after listTables: it is not part of this save
            }
        });
        removeStaleFiles(written);
        beforeMarker.run();
        write(directory.resolve(MARKER), stream -> stream.write(MARKER_CONTENT));
        return written.size();
    }

    /** Whether the directory holds a whole snapshot: its marker file exists. */
    public boolean isWhole() {
        return Files.isRegularFile(directory.resolve(MARKER));
    }

    private void checkMarker(Path marker) {
        byte[] bytes = read(marker);
        try {
            WireObject content = JsonTree.parseObject(bytes);
            Optional<String> format = content.string("Format");
            if (!format.equals(Optional.of(FORMAT))) {
                throw new IllegalArgumentException(
                        "\"Format\" must be \"" + FORMAT + "\", found " + format.orElse("none"));
            }
            int version = content.integer("Version")
                    .orElseThrow(() -> new IllegalArgumentException("the member \"Version\" is missing"));
            if (version != VERSION) {
                throw new IllegalArgumentException(
                        "format version " + version + " is not supported; this server reads version " + VERSION);
            }
        } catch (RuntimeException invalid) {
            throw new IllegalStateException(
                    "cannot load snapshot file " + marker + ": " + invalid.getMessage(), invalid);
        }
    }

    private static List<String> tableNames(DynamoStore store) {
        List<String> names = new ArrayList<>();
        Optional<String> start = Optional.empty();
        do {
            ListTablesResult page = store.listTables(new ListTablesRequest(start, OptionalInt.empty()));
            names.addAll(page.tableNames());
            start = page.lastEvaluatedTableName();
        } while (start.isPresent());
        return names;
    }

    /** Table files in name order; temporary files never match, as they end with {@code .tmp}. */
    /**
     * Writes the emulator's streams, first: the journal replayed after this snapshot numbers the changes that follow
     * these streams' state. Without streams there is no file (and an earlier save's is removed).
     */
    private void saveStreams(DynamoStore store) {
        List<SavedStream> streams = store instanceof InMemoryDynamoStore emulator ? emulator.savedStreams() : List.of();
        Path file = directory.resolve(StreamsFile.NAME);
        if (!streams.isEmpty()) {
            write(file, stream -> stream.write(StreamsFile.write(streams)));
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove stale snapshot file " + file + ": " + failure, failure);
        }
    }

    private List<Path> tableFiles() {
        return files(name -> name.endsWith(TableFileNames.SUFFIX));
    }

    /** Removes the table files of tables that no longer exist, and temporary files a crash left behind. */
    private void removeStaleFiles(List<Path> written) {
        List<Path> stale = files(name -> name.endsWith(TableFileNames.SUFFIX)
                || (name.startsWith(".")
                        && name.endsWith(AtomicFile.TEMPORARY_SUFFIX)
                        && (name.contains(TableFileNames.SUFFIX + ".") || name.contains(MARKER + "."))));
        for (Path file : stale) {
            try {
                if (!isOneOf(file, written)) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot remove stale snapshot file " + file + ": " + failure, failure);
            }
        }
    }

    /**
     * Whether {@code file} is one of the files just written, also under another spelling: on a case-insensitive file
     * system, {@code users.table.json} left by an earlier save is the file just written as {@code Users.table.json}.
     */
    private static boolean isOneOf(Path file, List<Path> written) throws IOException {
        for (Path candidate : written) {
            if (candidate.equals(file) || Files.isSameFile(candidate, file)) {
                return true;
            }
        }
        return false;
    }

    private List<Path> files(Predicate<String> nameMatches) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> nameMatches.test(path.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the data directory " + directory + ": " + failure, failure);
        }
    }

    private void createDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the data directory " + directory + ": " + failure, failure);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read snapshot file " + file + ": " + failure, failure);
        }
    }

    private static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write snapshot file " + file + ": " + failure, failure);
        }
    }
}
