package io.tabletheory.server.internal.snapshot;

import static io.tabletheory.api.value.AttributeValue.ofBinary;
import static io.tabletheory.api.value.AttributeValue.ofBinarySet;
import static io.tabletheory.api.value.AttributeValue.ofBoolean;
import static io.tabletheory.api.value.AttributeValue.ofList;
import static io.tabletheory.api.value.AttributeValue.ofMap;
import static io.tabletheory.api.value.AttributeValue.ofNull;
import static io.tabletheory.api.value.AttributeValue.ofNumber;
import static io.tabletheory.api.value.AttributeValue.ofNumberSet;
import static io.tabletheory.api.value.AttributeValue.ofString;
import static io.tabletheory.api.value.AttributeValue.ofStringSet;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRoundTripTest {
    @TempDir
    Path directory;

    @Test
    void saveThenLoad_keepsTablesIndexesTimeToLiveAndItemsOfEveryType() {
        InMemoryDynamoStore saved = InMemoryDynamoStore.create();
        saved.createTable(CreateTableRequest.builder("orders")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .globalSecondaryIndex(
                        "by-status", "status", ScalarAttributeType.S, "total", ScalarAttributeType.N, Projection.all())
                .globalSecondaryIndex("by-customer", "customer", ScalarAttributeType.S, Projection.keysOnly())
                .globalSecondaryIndex(
                        "by-blob", "blob", ScalarAttributeType.B, Projection.include(List.of("status", "nested")))
                .localSecondaryIndex("by-total", "total", ScalarAttributeType.N, Projection.include(List.of("tags")))
                .localSecondaryIndex("by-status-local", "status", ScalarAttributeType.S, Projection.keysOnly())
                .localSecondaryIndex("by-blob-local", "blob", ScalarAttributeType.B, Projection.all())
                .build());
        saved.updateTimeToLive("orders", new TimeToLiveSpecification("expiresAt", true));
        saved.createTable(CreateTableRequest.builder("users")
                .partitionKey("id", ScalarAttributeType.B)
                .provisionedThroughput(new ProvisionedThroughput(5, 7))
                .build());
        saved.createTable(CreateTableRequest.builder("empty.table-1")
                .partitionKey("n", ScalarAttributeType.N)
                .build());
        put(saved, "orders", everyType("a", 1));
        put(saved, "orders", everyType("a", 2));
        put(saved, "orders", Map.of("pk", ofString("b"), "sk", ofNumber("-1E-130"), "note", ofString("")));
        put(saved, "orders", Map.of("pk", ofString("c"), "sk", ofNumber("99999999999999999999999999999999999999")));
        put(saved, "users", Map.of("id", ofBinary(new byte[] {0, -1, 2}), "name", ofString("Zoë 😀 \"quoted\" \\")));

        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        assertThat(snapshot.save(saved)).isEqualTo(3);
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        assertThat(snapshot.load(loaded)).isEqualTo(3);

        SnapshotStores.assertSameContent(loaded, saved);
        assertThat(loaded.describeTimeToLive("orders").attributeName()).contains("expiresAt");
    }

    @Test
    void saveThenLoad_followsScanPagesOfATableLargerThanOnePage() {
        InMemoryDynamoStore saved = InMemoryDynamoStore.create();
        saved.createTable(CreateTableRequest.builder("big")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        String filler = "x".repeat(4_000);
        for (int number = 0; number < 400; number++) {
            put(
                    saved,
                    "big",
                    Map.of("pk", ofString("p" + number % 7), "sk", ofNumber(number), "filler", ofString(filler)));
        }
        assertThat(saved.scan(ScanRequest.builder("big").build()).hasMore())
                .as("the table needs more than one scan page")
                .isTrue();

        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        snapshot.save(saved);
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        snapshot.load(loaded);

        assertThat(SnapshotStores.scanAll(loaded, ScanRequest.builder("big").build()))
                .hasSize(400);
        SnapshotStores.assertSameContent(loaded, saved);
    }

    @Test
    void saveThenLoad_followsListTablesPages() {
        InMemoryDynamoStore saved = InMemoryDynamoStore.create();
        for (int number = 0; number < 120; number++) {
            saved.createTable(CreateTableRequest.builder(String.format("table-%03d", number))
                    .partitionKey("pk", ScalarAttributeType.S)
                    .build());
        }
        assertThat(saved.listTables(ListTablesRequest.firstPage()).lastEvaluatedTableName())
                .isPresent();

        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        assertThat(snapshot.save(saved)).isEqualTo(120);
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        assertThat(snapshot.load(loaded)).isEqualTo(120);

        assertThat(loaded.describeTable("table-119").tableName()).isEqualTo("table-119");
    }

    @Test
    void saveThenLoad_ofAnEmptyStore_writesOnlyTheMarker() throws Exception {
        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        assertThat(snapshot.save(InMemoryDynamoStore.create())).isZero();

        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(SnapshotDirectory.MARKER);
        }
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        assertThat(snapshot.load(loaded)).isZero();
        assertThat(loaded.listTables(ListTablesRequest.firstPage()).tableNames())
                .isEmpty();
    }

    @Test
    void load_ofAMissingDirectory_createsItAndLoadsNothing() {
        Path missing = directory.resolve("not/yet");
        InMemoryDynamoStore store = InMemoryDynamoStore.create();

        assertThat(SnapshotDirectory.at(missing).load(store)).isZero();

        assertThat(missing).isDirectory();
        assertThat(store.listTables(ListTablesRequest.firstPage()).tableNames()).isEmpty();
    }

    /** An item with every attribute type, nested and empty values included. */
    static Map<String, AttributeValue> everyType(String partition, long sort) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", ofString(partition));
        item.put("sk", ofNumber(sort));
        item.put("status", ofString("OPEN"));
        item.put("customer", ofString("c-" + sort));
        item.put("total", ofNumber("12345.678900"));
        item.put("blob", ofBinary(new byte[] {(byte) sort, 1, 2, 3}));
        item.put("flag", ofBoolean(true));
        item.put("off", ofBoolean(false));
        item.put("nothing", ofNull());
        item.put("tags", ofStringSet(List.of("red", "", "blue")));
        item.put("scores", ofNumberSet(List.of("1", "-2.5", "1E+20")));
        item.put("blobs", ofBinarySet(List.of(new byte[] {1}, new byte[] {}, new byte[] {(byte) 0xFF})));
        item.put("emptyString", ofString(""));
        item.put("emptyList", ofList(List.of()));
        item.put("emptyMap", ofMap(Map.of()));
        item.put(
                "nested",
                ofMap(Map.of(
                        "list",
                        ofList(List.of(ofString("x"), ofNumber(7), ofMap(Map.of("deep", ofList(List.of(ofNull())))))),
                        "map",
                        ofMap(Map.of("set", ofStringSet(List.of("only")), "empty", ofMap(Map.of()))))));
        item.put("expiresAt", ofNumber(4_102_444_800L));
        item.put("unicode ключ 😀", ofString("line\nbreak\ttab"));
        return item;
    }

    @Test
    void saveThenLoad_keepsTagsStreamThroughputAndIndexesThatUpdateTableChanged() {
        InMemoryDynamoStore saved = InMemoryDynamoStore.create();
        saved.createTable(CreateTableRequest.builder("changed")
                .partitionKey("pk", ScalarAttributeType.S)
                .tag("env", "test")
                .build());
        put(saved, "changed", Map.of("pk", ofString("a"), "group", ofString("g")));
        saved.updateTable(UpdateTableRequest.builder("changed")
                .attribute("group", ScalarAttributeType.S)
                .createGlobalSecondaryIndex(new SecondaryIndex(
                        "by-group", List.of(new KeySchemaElement("group", KeyType.HASH)), Projection.keysOnly()))
                .build());
        saved.updateTable(UpdateTableRequest.builder("changed")
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(new ProvisionedThroughput(7, 3))
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES))
                .build());
        saved.tagResource(saved.describeTable("changed").tableArn().orElseThrow(), List.of(new Tag("team", "data")));

        SnapshotDirectory snapshot = SnapshotDirectory.at(directory);
        snapshot.save(saved);
        InMemoryDynamoStore loaded = InMemoryDynamoStore.create();
        snapshot.load(loaded);

        SnapshotStores.assertSameContent(loaded, saved);
        TableDescription description = loaded.describeTable("changed");
        assertThat(description.provisionedThroughput()).contains(new ProvisionedThroughput(7, 3));
        assertThat(description.streamSpecification())
                .contains(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(description.indexDescription("by-group").orElseThrow().itemCount())
                .isEqualTo(1);
        assertThat(loaded.listTagsOfResource(description.tableArn().orElseThrow()))
                .containsExactly(new Tag("env", "test"), new Tag("team", "data"));
    }

    static void put(DynamoStore store, String tableName, Map<String, AttributeValue> item) {
        store.putItem(PutItemRequest.builder(tableName, new HashMap<>(item)).build());
    }
}
