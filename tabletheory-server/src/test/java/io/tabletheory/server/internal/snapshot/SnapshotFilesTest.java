package io.tabletheory.server.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFilesTest {
    @TempDir
    Path directory;

    @Test
    void save_removesTheFilesOfDeletedTablesAndLeavesOtherFilesAlone() throws Exception {
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        createTable(store, "kept");
        createTable(store, "dropped");
        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        snapshot.save(store);
        assertThat(fileNames()).contains("kept.table.json", "dropped.table.json");
        Files.writeString(directory.resolve("notes.txt"), "mine");
        Files.writeString(directory.resolve("other.json"), "{}");

        store.deleteTable("dropped");
        snapshot.save(store);

        assertThat(fileNames())
                .containsExactlyInAnyOrder("kept.table.json", SnapshotDirectory.MARKER, "notes.txt", "other.json");
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        snapshot.load(loaded);
        SnapshotStores.assertSameContent(loaded, store);
    }

    @Test
    void save_removesTemporaryFilesACrashLeftBehind() throws Exception {
        Files.writeString(directory.resolve(".kept.table.json.123.tmp"), "{\"Tab");
        Files.writeString(directory.resolve(".tabletheory-snapshot.json.456.tmp"), "");
        Files.writeString(directory.resolve(".unrelated.tmp"), "mine");
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        createTable(store, "kept");

        SnapshotDirectory.at(directory).save(store);

        assertThat(fileNames())
                .containsExactlyInAnyOrder("kept.table.json", SnapshotDirectory.MARKER, ".unrelated.tmp");
    }

    @Test
    void save_givesTablesWhoseNamesDifferOnlyInCaseTheirOwnFiles() throws Exception {
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        createTable(store, "Users");
        createTable(store, "users");
        createTable(store, "USERS");
        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);

        snapshot.save(store);

        assertThat(fileNames())
                .containsExactlyInAnyOrder(
                        "USERS.table.json", "Users~2.table.json", "users~3.table.json", SnapshotDirectory.MARKER);
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        snapshot.load(loaded);
        SnapshotStores.assertSameContent(loaded, store);
    }

    @Test
    void tableFileNames_encodeCharactersThatDynamoDbDoesNotAllow() {
        assertThat(TableFileNames.assign(List.of("plain_Name-1.0", "a/b", "100%", "x~2")))
                .isEqualTo(Map.of(
                        "plain_Name-1.0", "plain_Name-1.0.table.json",
                        "a/b", "a%2Fb.table.json",
                        "100%", "100%25.table.json",
                        "x~2", "x%7E2.table.json"));
    }

    @Test
    void atomicFile_whenWritingFails_leavesTheTargetAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(directory.resolve("kept.table.json"), "old");

        assertThatThrownBy(() -> AtomicFile.write(target, stream -> {
                    stream.write("half of the new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(fileNames()).containsExactly("kept.table.json");
    }

    @Test
    void atomicFile_replacesTheTarget() throws Exception {
        Path target = Files.writeString(directory.resolve("kept.table.json"), "old");

        AtomicFile.write(target, stream -> stream.write('n'));

        assertThat(target).hasContent("n");
        assertThat(fileNames()).containsExactly("kept.table.json");
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static void createTable(InMemoryDynamoStore store, String tableName) {
        store.createTable(CreateTableRequest.builder(tableName)
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
    }
}
