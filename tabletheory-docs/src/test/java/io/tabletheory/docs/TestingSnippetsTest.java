package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.TableTheory;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.TestClock;
import io.tabletheory.testkit.fault.FaultInjectingStore;
import io.tabletheory.testkit.fault.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Testing with the in-memory store": the clock, the change listener, fault injection, the classic parameters. */
class TestingSnippetsTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-12-06T10:00:00Z"));

    @Test
    void sweep_deletesTheItemWhoseTtlTheClockPassed() {
        assertThat(TestingSnippets.sweepExpired(clock, clock::advance)).containsExactly(1, 0);
    }

    @Test
    void listener_isToldEveryItemWrite() {
        List<ChangeListener.ItemWrite> writes = new ArrayList<>();
        ChangeListener listener = new ChangeListener() {
            @Override
            public void itemsChanging(List<ItemWrite> changes) {
                writes.addAll(changes);
            }

            @Override
            public void tableCreating(CreateTableRequest table) {}

            @Override
            public void timeToLiveChanging(
                    String tableName, io.tabletheory.api.table.TimeToLiveDescription timeToLive) {}

            @Override
            public void tableDeleting(String tableName) {}
        };
        TableTheory db = TableTheory.builder()
                .store(TestingSnippets.withListener(clock, listener))
                .build();
        db.createTable(User.class);

        db.model(User.class).create(Samples.user("u1", "ada@example.com"));

        assertThat(writes).singleElement().satisfies(write -> {
            assertThat(write.tableName()).isEqualTo("users");
            assertThat(write.item()).isPresent();
        });
    }

    @Test
    void faultInjection_leavesHalfUnprocessed_throttlesTheThirdBatchWrite_andTheBatchStillCompletes() {
        FaultInjectingStore store = TestingSnippets.faultInjection();

        assertThat(store.calls(Operation.BATCH_WRITE_ITEM)).isGreaterThanOrEqualTo(3);
        InMemoryDynamoStore emulator = (InMemoryDynamoStore) store.delegate();
        assertThat(TableTheory.builder()
                        .store(emulator)
                        .build()
                        .model(User.class)
                        .scan())
                .hasSize(4);
    }

    @Test
    void classicParameters_putOnlyWhenMissing_andQueryWithAFilterAndAttributesToGet() {
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        TableTheory.builder().store(store).build().createTable(User.class);
        store.createTable(CreateTableRequest.builder("orders")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.S)
                .build());
        for (String[] order : new String[][] {{"o1", "open"}, {"o2", "void"}, {"o3", "paid"}}) {
            store.putItem(io.tabletheory.api.request.PutItemRequest.builder(
                            "orders",
                            Map.of(
                                    "pk", AttributeValue.ofString("u1"),
                                    "sk", AttributeValue.ofString(order[0]),
                                    "status", AttributeValue.ofString(order[1]),
                                    "total", AttributeValue.ofNumber(10)))
                    .build());
        }
        Map<String, AttributeValue> item =
                Map.of("id", AttributeValue.ofString("u1"), "sk", AttributeValue.ofString("PROFILE"));

        PageResult page = TestingSnippets.classicParameters(store, item);

        assertThat(page.items())
                .extracting(found -> found.get("sk"))
                .containsExactly(AttributeValue.ofString("o1"), AttributeValue.ofString("o3"));
        assertThat(page.items()).allSatisfy(found -> assertThat(found).containsOnlyKeys("pk", "sk", "total"));
    }
}
