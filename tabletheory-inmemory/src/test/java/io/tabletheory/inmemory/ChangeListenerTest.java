package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.IndexDescription;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ChangeListenerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    /** A listener that keeps every call as a replayable step, and can be told to refuse changes. */
    private static final class Recorder implements ChangeListener {
        final List<Consumer<InMemoryDynamoStore>> steps = Collections.synchronizedList(new ArrayList<>());
        final List<List<ItemWrite>> itemCalls = Collections.synchronizedList(new ArrayList<>());
        volatile boolean refusing;

        @Override
        public void itemsChanging(List<ItemWrite> writes) {
            refuseWhenAsked();
            itemCalls.add(writes);
            steps.add(store -> writes.forEach(write -> write.item()
                    .ifPresentOrElse(
                            item -> store.putItem(PutItemRequest.builder(write.tableName(), item)
                                    .build()),
                            () -> store.deleteItem(DeleteItemRequest.builder(write.tableName(), write.key())
                                    .build()))));
        }

        @Override
        public void tableCreating(CreateTableRequest table) {
            refuseWhenAsked();
            steps.add(store -> store.createTable(table));
        }

        @Override
        public void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive) {
            refuseWhenAsked();
            steps.add(store -> {
                if (store.describeTimeToLive(tableName).status() == TimeToLiveStatus.ENABLED) {
                    store.updateTimeToLive(
                            tableName,
                            new TimeToLiveSpecification(
                                    store.describeTimeToLive(tableName)
                                            .attributeName()
                                            .orElseThrow(),
                                    false));
                }
                timeToLive
                        .attributeName()
                        .ifPresent(name -> store.updateTimeToLive(tableName, new TimeToLiveSpecification(name, true)));
            });
        }

        @Override
        public void tableDeleting(String tableName) {
            refuseWhenAsked();
            steps.add(store -> store.deleteTable(tableName));
        }

        private void refuseWhenAsked() {
            if (refusing) {
                throw new IllegalStateException("journal unavailable");
            }
        }

        InMemoryDynamoStore replay() {
            InMemoryDynamoStore copy = InMemoryDynamoStore.create();
            steps.forEach(step -> step.accept(copy));
            return copy;
        }
    }

    private final Recorder recorder = new Recorder();
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(Clock.fixed(NOW, ZoneOffset.UTC), recorder);

    @Test
    void replayingTheReportedChanges_rebuildsEveryTableAndItem() {
        createTable("accounts");
        createTable("audit");
        dynamo.updateTimeToLive("audit", new TimeToLiveSpecification("expiresAt", true));
        put("accounts", item("id", s("a"), "balance", n(10)));
        put("accounts", item("id", s("b"), "balance", n(5)));
        dynamo.updateItem(UpdateItemRequest.builder("accounts", item("id", s("a")))
                .updateExpression("SET balance = balance + :one")
                .expressionAttributeValues(Map.of(":one", n(1)))
                .build());
        dynamo.batchWriteItem(new BatchWriteItemRequest(
                Map.of(
                        "audit",
                        List.of(
                                new WriteRequest.Put(item("id", s("old"), "expiresAt", n(NOW.getEpochSecond() - 1))),
                                new WriteRequest.Put(item("id", s("kept"))))),
                ReturnConsumedCapacity.NONE));
        transfer("a", "b", 3);
        assertThat(dynamo.sweepExpiredItems()).isEqualTo(1);
        createTable("scratch");
        put("scratch", item("id", s("x")));
        dynamo.deleteTable("scratch");
        dynamo.deleteItem(
                DeleteItemRequest.builder("accounts", item("id", s("missing"))).build());

        InMemoryDynamoStore replayed = recorder.replay();

        assertThat(contents(replayed)).isEqualTo(contents(dynamo));
        assertThat(replayed.describeTimeToLive("audit")).isEqualTo(dynamo.describeTimeToLive("audit"));
        assertThat(contents(dynamo).get("accounts"))
                .containsExactlyInAnyOrder(item("id", s("a"), "balance", n(8)), item("id", s("b"), "balance", n(8)));
    }

    @Test
    void aTransaction_isReportedInOneCall_withEveryWriteInRequestOrder() {
        createTable("accounts");
        put("accounts", item("id", s("a"), "balance", n(10)));
        put("accounts", item("id", s("b"), "balance", n(0)));
        recorder.itemCalls.clear();

        transfer("a", "b", 4);

        assertThat(recorder.itemCalls).hasSize(1);
        assertThat(recorder.itemCalls.get(0))
                .containsExactly(
                        new ChangeListener.ItemWrite(
                                "accounts", Map.of("id", s("a")), Optional.of(Map.of("id", s("a"), "balance", n(6)))),
                        new ChangeListener.ItemWrite(
                                "accounts", Map.of("id", s("b")), Optional.of(Map.of("id", s("b"), "balance", n(4)))));
    }

    @Test
    void writesThatChangeNothing_andCancelledTransactions_areNotReported() {
        createTable("accounts");
        put("accounts", item("id", s("a"), "balance", n(1)));
        recorder.itemCalls.clear();

        dynamo.deleteItem(
                DeleteItemRequest.builder("accounts", item("id", s("missing"))).build());
        assertThatThrownBy(() -> transfer("a", "b", 5)).isInstanceOf(TransactionCanceledException.class);

        assertThat(recorder.itemCalls).isEmpty();
    }

    @Test
    void aListenerThatRefuses_leavesEverythingAsItWas_andItsErrorReachesTheCaller() {
        createTable("accounts");
        put("accounts", item("id", s("a"), "balance", n(10)));
        put("accounts", item("id", s("b"), "balance", n(0)));
        Map<String, List<Map<String, AttributeValue>>> before = contents(dynamo);
        recorder.refusing = true;

        assertThatThrownBy(() -> put("accounts", item("id", s("c")))).hasMessage("journal unavailable");
        assertThatThrownBy(() -> transfer("a", "b", 4)).hasMessage("journal unavailable");
        assertThatThrownBy(() -> createTable("other")).hasMessage("journal unavailable");
        assertThatThrownBy(() -> dynamo.deleteTable("accounts")).hasMessage("journal unavailable");
        assertThatThrownBy(() -> dynamo.updateTimeToLive("accounts", new TimeToLiveSpecification("ttl", true)))
                .hasMessage("journal unavailable");

        assertThat(contents(dynamo)).isEqualTo(before);
        assertThat(dynamo.describeTimeToLive("accounts").status()).isEqualTo(TimeToLiveStatus.DISABLED);
    }

    @Test
    void reportedWrites_keepTheItemCountsSizesAndIndexes_ofWritesAndTransactions() {
        createTable("accounts");
        put("accounts", item("id", s("a"), "balance", n(10), "group", s("g")));
        put("accounts", item("id", s("b"), "balance", n(0), "group", s("g")));
        put("accounts", item("id", s("c"), "balance", n(1), "group", s("g")));
        dynamo.updateTable(UpdateTableRequest.builder("accounts")
                .attribute("group", ScalarAttributeType.S)
                .createGlobalSecondaryIndex(new SecondaryIndex(
                        "by-group", List.of(new KeySchemaElement("group", KeyType.HASH)), Projection.all()))
                .build());

        transfer("a", "b", 4);
        dynamo.deleteItem(
                DeleteItemRequest.builder("accounts", item("id", s("c"))).build());

        TableDescription described = dynamo.describeTable("accounts");
        TableDescription replayed = recorder.replay().describeTable("accounts");
        assertThat(described.itemCount()).isEqualTo(2).isEqualTo(replayed.itemCount());
        assertThat(described.tableSizeBytes()).isPositive().isEqualTo(replayed.tableSizeBytes());
        IndexDescription index = described.indexDescription("by-group").orElseThrow();
        assertThat(index.itemCount()).isEqualTo(2);
        assertThat(index.indexSizeBytes()).isEqualTo(described.tableSizeBytes());
        assertThat(dynamo.query(QueryRequest.builder("accounts")
                                .indexName("by-group")
                                .keyConditionExpression("#g = :g")
                                .expressionAttributeNames(Map.of("#g", "group"))
                                .expressionAttributeValues(Map.of(":g", s("g")))
                                .build())
                        .items())
                .containsExactlyInAnyOrder(
                        item("id", s("a"), "balance", n(6), "group", s("g")),
                        item("id", s("b"), "balance", n(4), "group", s("g")));
    }

    private void createTable(String name) {
        dynamo.createTable(CreateTableRequest.builder(name)
                .partitionKey("id", ScalarAttributeType.S)
                .build());
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder(table, item).build());
    }

    private void transfer(String from, String to, long amount) {
        Map<String, AttributeValue> values = item(":x", n(amount));
        dynamo.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                new TransactWriteItem.Update(
                        "accounts",
                        item("id", s(from)),
                        "SET balance = balance - :x",
                        Optional.of("balance >= :x"),
                        Map.of(),
                        values,
                        null),
                new TransactWriteItem.Update(
                        "accounts",
                        item("id", s(to)),
                        "SET balance = balance + :x",
                        Optional.empty(),
                        Map.of(),
                        values,
                        null))));
    }

    /** Every table's items, by table name. */
    private static Map<String, List<Map<String, AttributeValue>>> contents(InMemoryDynamoStore store) {
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
