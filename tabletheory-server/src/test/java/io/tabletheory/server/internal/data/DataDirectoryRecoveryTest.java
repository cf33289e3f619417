package io.tabletheory.server.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.internal.journal.JournalFailedException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryRecoveryTest {
    @TempDir
    Path directory;

    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();

    private DataDirectory open(long minCompactionBytes) {
        return DataDirectory.open(directory, true, Clock.systemUTC(), failures::add, minCompactionBytes);
    }

    @Test
    void aRecordCutShortAtTheEndOfTheNewestJournal_isDropped_andEveryWholeRecordKept() throws Exception {
        try (DataDirectory data = open(Long.MAX_VALUE)) {
            createTable(data.store(), "items");
            put(data.store(), "items", "a", 1);
            put(data.store(), "items", "b", 2);
        }
        Path journal = directory.resolve("journal-0000000001.log");
        long whole = Files.size(journal);
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 12, 34, 56, 78, '{', '"'}));
        }

        try (DataDirectory data = open(Long.MAX_VALUE)) {
            assertThat(contents(data.store()).get("items")).hasSize(2);
        }
        assertThat(journal).hasSize(whole);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDamagedJournalThatIsNotTheNewest_isRefusedNamingTheFile() throws Exception {
        try (DataDirectory data = open(Long.MAX_VALUE)) {
            createTable(data.store(), "items");
            put(data.store(), "items", "a", 1);
        }
        try (DataDirectory data = open(Long.MAX_VALUE)) {
            put(data.store(), "items", "b", 2);
        }
        Path first = directory.resolve("journal-0000000001.log");
        try (FileChannel channel = FileChannel.open(first, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'#'}), Files.size(first) - 3);
        }

        assertThatThrownBy(() -> open(Long.MAX_VALUE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("journal file " + first + " is damaged after byte ")
                .hasMessageContaining("only the newest journal file can end in a record cut short by a crash");
    }

    @Test
    void compactionsWhileWritesGoOn_loseNothing_andKeepTransactionsWhole() throws Exception {
        Map<String, List<Map<String, AttributeValue>>> expected;
        try (DataDirectory data = open(2_048)) {
            DynamoStore store = data.store();
            createTable(store, "left");
            createTable(store, "right");
            store.updateTimeToLive("left", new TimeToLiveSpecification("expiresAt", true));
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int id = writer;
                Thread thread = new Thread(() -> {
                    for (long step = 0; running.get(); step++) {
                        String key = "w" + id + "-" + (step % 50);
                        if (step % 3 == 0) {
                            store.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                                    new TransactWriteItem.Put("left", item(key, step), null, null, null, null),
                                    new TransactWriteItem.Put("right", item(key, step), null, null, null, null))));
                        } else {
                            put(store, step % 2 == 0 ? "left" : "right", key, step);
                        }
                        data.awaitWritesOfThisThread();
                    }
                });
                writers.add(thread);
                thread.start();
            }
            for (int compaction = 0; compaction < 5; compaction++) {
                data.compact();
                Thread.sleep(50);
            }
            running.set(false);
            for (Thread thread : writers) {
                thread.join();
            }
            expected = contents(store);
        }
        try (DataDirectory data = open(Long.MAX_VALUE)) {
            assertThat(DirectoryFiles.snapshots(directory))
                    .as("the newest whole snapshot, once an abandoned one is removed")
                    .hasSize(1);
            assertThat(contents(data.store())).isEqualTo(expected);
            assertThat(data.store().describeTimeToLive("left").attributeName()).contains("expiresAt");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aJournalFileThatCannotBeCreated_failsTheJournal_refusingEveryLaterWriteWithTheCause() throws Exception {
        try (DataDirectory data = open(Long.MAX_VALUE)) {
            createTable(data.store(), "items");
            put(data.store(), "items", "kept", 1);
            Path blocker = Files.writeString(directory.resolve("journal-0000000002.log"), "in the way");

            assertThatThrownBy(data::compact)
                    .isInstanceOf(JournalFailedException.class)
                    .hasMessageStartingWith("cannot write the journal " + directory.resolve("journal-0000000001.log"))
                    .hasMessageContaining("FileAlreadyExistsException");
            assertThatThrownBy(() -> put(data.store(), "items", "refused", 2))
                    .isInstanceOf(JournalFailedException.class)
                    .hasMessageEndingWith("the server accepts no more");
            for (int wait = 0; wait < 100 && failures.isEmpty(); wait++) {
                Thread.sleep(50);
            }
            assertThat(failures).as("the failure handler is told once").hasSize(1);
            Files.delete(blocker);
        } catch (JournalFailedException closeReportsIt) {
            assertThat(closeReportsIt).hasMessageContaining("FileAlreadyExistsException");
        }

        try (DataDirectory data = open(Long.MAX_VALUE)) {
            assertThat(contents(data.store()).get("items")).containsExactly(item("kept", 1));
        }
    }

    private static void createTable(DynamoStore store, String name) {
        store.createTable(CreateTableRequest.builder(name)
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
    }

    private static void put(DynamoStore store, String table, String key, long value) {
        store.putItem(PutItemRequest.builder(table, item(key, value)).build());
    }

    private static Map<String, AttributeValue> item(String key, long value) {
        return Map.of(
                "pk", AttributeValue.ofString(key),
                "v", AttributeValue.ofNumber(value),
                "padding", AttributeValue.ofString("x".repeat(100)));
    }

    private static Map<String, List<Map<String, AttributeValue>>> contents(DynamoStore store) {
        Map<String, List<Map<String, AttributeValue>>> tables = new TreeMap<>();
        for (String table : store.listTables(ListTablesRequest.firstPage()).tableNames()) {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            Map<String, AttributeValue> start = Map.of();
            do {
                PageResult page = store.scan(
                        ScanRequest.builder(table).exclusiveStartKey(start).build());
                items.addAll(page.items());
                start = page.lastEvaluatedKey();
            } while (!start.isEmpty());
            tables.put(table, items);
        }
        return tables;
    }
}
