package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreConcurrencyTest {
    private static final int THREADS = 8;

    @Test
    void conditionalCreate_underContention_hasExactlyOneWinner() throws Exception {
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
        dynamo.createTable(CreateTableRequest.builder("locks")
                .partitionKey("id", ScalarAttributeType.S)
                .build());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < 50; round++) {
                String key = "lock-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int owner = t;
                    attempts.add(pool.submit(() -> {
                        start.await();
                        try {
                            dynamo.putItem(PutItemRequest.builder("locks", item("id", s(key), "owner", n(owner)))
                                    .conditionExpression("attribute_not_exists(id)")
                                    .build());
                            return true;
                        } catch (ConditionFailedException lost) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void optimisticIncrements_underContention_loseNoUpdate() throws Exception {
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
        dynamo.createTable(CreateTableRequest.builder("counters")
                .partitionKey("id", ScalarAttributeType.S)
                .build());
        dynamo.putItem(PutItemRequest.builder("counters", item("id", s("c"), "v", n(0)))
                .build());
        int incrementsPerThread = 100;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    int done = 0;
                    while (done < incrementsPerThread) {
                        Map<String, AttributeValue> current = dynamo.getItem(
                                        GetItemRequest.builder("counters", item("id", s("c")))
                                                .build())
                                .item()
                                .orElseThrow();
                        long value = Long.parseLong(((AttributeValue.NumberValue) current.get("v")).value());
                        try {
                            dynamo.putItem(PutItemRequest.builder("counters", item("id", s("c"), "v", n(value + 1)))
                                    .conditionExpression("v = :seen")
                                    .expressionAttributeValues(Map.of(":seen", n(value)))
                                    .build());
                            done++;
                        } catch (ConditionFailedException retry) {
                            // another writer won; read again
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, AttributeValue> last = dynamo.getItem(
                        GetItemRequest.builder("counters", item("id", s("c"))).build())
                .item()
                .orElseThrow();
        assertThat(last.get("v")).isEqualTo(n((long) THREADS * incrementsPerThread));
    }

    @Test
    void atomicCounters_underContention_loseNoIncrement() throws Exception {
        InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
        dynamo.createTable(CreateTableRequest.builder("counters")
                .partitionKey("id", ScalarAttributeType.S)
                .build());
        int incrementsPerThread = 500;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < incrementsPerThread; i++) {
                        dynamo.updateItem(
                                io.tabletheory.api.request.UpdateItemRequest.builder("counters", item("id", s("hits")))
                                        .updateExpression("ADD hits :one")
                                        .expressionAttributeValues(item(":one", n(1)))
                                        .build());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, AttributeValue> counter = dynamo.getItem(GetItemRequest.builder("counters", item("id", s("hits")))
                        .build())
                .item()
                .orElseThrow();
        assertThat(counter.get("hits")).isEqualTo(n(THREADS * incrementsPerThread));
    }
}
