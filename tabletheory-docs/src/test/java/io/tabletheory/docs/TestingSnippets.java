package io.tabletheory.docs;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.fault.FaultInjectingStore;
import io.tabletheory.testkit.fault.Operation;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The README's "Testing with the in-memory store": the emulator's clock, its change listener, fault injection. */
final class TestingSnippets {
    private TestingSnippets() {}

    /**
     * The clock snippet, with what its comment stands for in between: a user whose {@code @Ttl} has passed. Returns
     * how many users the table held before the sweep and after it.
     */
    static List<Integer> sweepExpired(Clock clock, Consumer<Duration> advanceClock) {
        // tag::emulator-clock[]
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(clock);   // a Clock you control, for TTL and timestamps
        TableTheory db = TableTheory.builder().store(dynamo).clock(clock).build();
        // ... move the clock past an item's @Ttl, then:
        // end::emulator-clock[]
        db.createTable(User.class);
        User user = Samples.user("u1", "ada@example.com");
        db.model(User.class)
                .create(new User(
                        user.id(),
                        user.sk(),
                        user.email(),
                        null,
                        user.tags(),
                        user.status(),
                        0,
                        user.history(),
                        0,
                        null,
                        null,
                        clock.instant().getEpochSecond() + 60));
        advanceClock.accept(Duration.ofMinutes(2));
        int before = db.model(User.class).scan().size();
        // tag::emulator-clock[]
        dynamo.sweepExpiredItems();                                    // expired items disappear now, not by wall time
        // end::emulator-clock[]
        return List.of(before, db.model(User.class).scan().size());
    }

    static InMemoryDynamoStore withListener(Clock clock, ChangeListener listener) {
        // tag::change-listener[]
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(clock, listener);   // io.tabletheory.inmemory.ChangeListener
        // end::change-listener[]
        return dynamo;
    }

    static FaultInjectingStore faultInjection() {
        // tag::fault-injection[]
        FaultInjectingStore store = FaultInjectingStore.wrap(InMemoryDynamoStore.create())
                .leavingUnprocessed(50)                          // half of every BatchGetItem/BatchWriteItem comes back
                .throttling(Operation.BATCH_WRITE_ITEM, 3);      // the third batch write is throttled
        TableTheory db = TableTheory.builder().store(store)
                .batchRetry(RetryPolicy.batchDefaults().withSleeper(wait -> {})).build();   // no real waits in tests
        // end::fault-injection[]
        db.createTable(User.class);
        db.model(User.class)
                .batchCreate(List.of(
                        Samples.user("u1", "u1@example.com"),
                        Samples.user("u2", "u2@example.com"),
                        Samples.user("u3", "u3@example.com"),
                        Samples.user("u4", "u4@example.com")));
        return store;
    }

    static PageResult classicParameters(DynamoStore store, Map<String, AttributeValue> item) {
        // tag::classic-parameters[]
        store.putItem(PutItemRequest.builder("users", item)
                .expected(Map.of("id", ExpectedAttributeValue.missing()))          // Exists: false
                .build());
        PageResult page = store.query(QueryRequest.builder("orders")
                .keyConditions(Map.of("pk", ClassicCondition.of(ComparisonOperator.EQ, AttributeValue.ofString("u1"))))
                .queryFilter(Map.of("status", ClassicCondition.of(ComparisonOperator.NE, AttributeValue.ofString("void"))))
                .attributesToGet(List.of("pk", "sk", "total"))
                .build());
        // end::classic-parameters[]
        return page;
    }
}
