package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Transactions and single-item writes racing on one item, as DynamoDB resolves them: a transaction meeting another in
 * progress on its item is cancelled with a {@code TransactionConflict} reason, a single-item write meeting one fails
 * with {@code TransactionConflictException} (DOC transaction-apis, "Transaction conflict handling"), and nothing is
 * ever lost or applied twice: the counters end at exactly the number of calls that succeeded. Whether a given race
 * ends in a conflict depends on timing, so the contract asserts what every outcome must be, not how many conflicts
 * occur. (DynamoDB Local never raises either; the emulator does.)
 */
public abstract class TransactionConflictContract extends PortContract {
    private static final int THREADS = 6;
    private static final int CALLS_PER_THREAD = 60;

    @Test
    void racingTransactionsAndWrites_conflictOrSucceed_andEverySuccessIsCounted() throws Exception {
        String table = createHashTable("tx-conflict");
        put(table, item(PK, s("hot"), "byTransaction", n("0"), "bySingleWrite", n("0")));
        put(table, item(PK, s("other"), "byTransaction", n("0")));
        AtomicInteger transactionsApplied = new AtomicInteger();
        AtomicInteger writesApplied = new AtomicInteger();
        ConcurrentLinkedQueue<String> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                boolean transactional = thread % 2 == 0;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        if (transactional) {
                            incrementBothInOneTransaction(table, transactionsApplied, outcomes);
                        } else {
                            incrementBySingleWrite(table, writesApplied, outcomes);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, AttributeValue> hot = get(table, item(PK, s("hot"))).orElseThrow();
        Map<String, AttributeValue> other = get(table, item(PK, s("other"))).orElseThrow();
        assertThat(hot.get("byTransaction")).isEqualTo(n(String.valueOf(transactionsApplied.get())));
        assertThat(other.get("byTransaction")).isEqualTo(n(String.valueOf(transactionsApplied.get())));
        assertThat(hot.get("bySingleWrite")).isEqualTo(n(String.valueOf(writesApplied.get())));
        assertThat(outcomes)
                .as("each call succeeded or met a transaction in progress")
                .isSubsetOf("applied", "TransactionConflict", "TransactionConflictException");
    }

    private void incrementBothInOneTransaction(
            String table, AtomicInteger applied, ConcurrentLinkedQueue<String> outcomes) {
        Map<String, AttributeValue> one = Map.of(":one", n("1"));
        try {
            store().transactWriteItems(TransactWriteItemsRequest.of(List.of(
                    new TransactWriteItem.Update(
                            table, item(PK, s("hot")), "ADD byTransaction :one", Optional.empty(), Map.of(), one, null),
                    new TransactWriteItem.Update(
                            table,
                            item(PK, s("other")),
                            "ADD byTransaction :one",
                            Optional.empty(),
                            Map.of(),
                            one,
                            null))));
            applied.incrementAndGet();
            outcomes.add("applied");
        } catch (TransactionCanceledException cancelled) {
            cancelled.reasons().stream()
                    .map(CancellationReason::code)
                    .filter(code -> !code.equals(CancellationReason.NONE))
                    .forEach(outcomes::add);
        }
    }

    private void incrementBySingleWrite(String table, AtomicInteger applied, ConcurrentLinkedQueue<String> outcomes) {
        try {
            store().updateItem(UpdateItemRequest.builder(table, item(PK, s("hot")))
                    .updateExpression("ADD bySingleWrite :one")
                    .expressionAttributeValues(Map.of(":one", n("1")))
                    .build());
            applied.incrementAndGet();
            outcomes.add("applied");
        } catch (TransactionConflictException conflict) {
            outcomes.add("TransactionConflictException");
        }
    }
}
