package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Atomicity and isolation of the emulator's transactions under contention: transfers between two accounts in two
 * tables, each one transaction (listing the tables in either order, so the lock order is exercised), raced against
 * TransactGetItems readers and single-item writers of the same items. The total never changes, and no reader ever sees
 * half a transfer.
 */
class InMemoryDynamoStoreTransactionConcurrencyTest {
    private static final int TRANSFER_THREADS = 4;
    private static final int TRANSFERS_PER_THREAD = 300;
    private static final int READER_THREADS = 2;
    private static final long TOTAL = 2_000;

    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @Test
    void transfers_underContention_keepTheSum_andEveryTransactGetSeesAConsistentSum() throws Exception {
        for (String table : List.of("alpha", "beta")) {
            dynamo.createTable(CreateTableRequest.builder(table)
                    .partitionKey("id", ScalarAttributeType.S)
                    .build());
            dynamo.putItem(
                    PutItemRequest.builder(table, item("id", s("account"), "balance", n(TOTAL / 2), "touches", n(0)))
                            .build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(TRANSFER_THREADS + READER_THREADS + 2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean transfersDone = new AtomicBoolean();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        ConcurrentLinkedQueue<Long> sumsSeen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> singleReadSums = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> cancellationCodes = new ConcurrentLinkedQueue<>();
        int touches;
        try {
            List<Future<?>> transfers = new ArrayList<>();
            for (int t = 0; t < TRANSFER_THREADS; t++) {
                long seed = t;
                transfers.add(pool.submit(() -> {
                    start.await();
                    Random random = new Random(seed);
                    for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                        boolean alphaPays = random.nextBoolean();
                        try {
                            transfer(
                                    alphaPays ? "alpha" : "beta", alphaPays ? "beta" : "alpha", 1 + random.nextInt(50));
                            applied.incrementAndGet();
                        } catch (TransactionCanceledException insufficientFundsOrConflict) {
                            cancelled.incrementAndGet();
                            insufficientFundsOrConflict.reasons().stream()
                                    .map(CancellationReason::code)
                                    .forEach(cancellationCodes::add);
                        }
                    }
                    return null;
                }));
            }
            List<Future<?>> others = new ArrayList<>();
            for (int r = 0; r < READER_THREADS; r++) {
                others.add(pool.submit(() -> {
                    start.await();
                    do {
                        sumsSeen.add(transactionalSum());
                    } while (!transfersDone.get());
                    return null;
                }));
            }
            Future<Integer> touchCount = pool.submit(() -> {
                start.await();
                int done = 0;
                do {
                    touch(done % 2 == 0 ? "alpha" : "beta");
                    done++;
                } while (!transfersDone.get());
                return done;
            });
            others.add(touchCount);
            others.add(pool.submit(() -> {
                start.await();
                do {
                    // Two single-item reads are not a snapshot, but each sees a whole item, never a torn one.
                    singleReadSums.add(balance(get("alpha")) + balance(get("beta")));
                } while (!transfersDone.get());
                return null;
            }));
            start.countDown();
            for (Future<?> transfer : transfers) {
                transfer.get(60, TimeUnit.SECONDS);
            }
            transfersDone.set(true);
            for (Future<?> other : others) {
                other.get(60, TimeUnit.SECONDS);
            }
            touches = touchCount.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(applied.get() + cancelled.get()).isEqualTo(TRANSFER_THREADS * TRANSFERS_PER_THREAD);
        assertThat(applied.get()).as("most transfers find enough funds").isPositive();
        assertThat(sumsSeen).as("TransactGetItems ran").isNotEmpty().containsOnly(TOTAL);
        assertThat(singleReadSums).isNotEmpty();
        assertThat(cancellationCodes)
                .as("a transfer is cancelled for want of funds, or for another transfer in progress on its items")
                .isSubsetOf(
                        CancellationReason.NONE,
                        CancellationReason.CONDITIONAL_CHECK_FAILED,
                        CancellationReason.TRANSACTION_CONFLICT);
        Map<String, AttributeValue> alpha = get("alpha");
        Map<String, AttributeValue> beta = get("beta");
        assertThat(balance(alpha) + balance(beta)).isEqualTo(TOTAL);
        assertThat(balance(alpha)).isNotNegative();
        assertThat(balance(beta)).isNotNegative();
        assertThat(count(alpha, "touches") + count(beta, "touches"))
                .as("single-item writes interleaved with the transactions are all kept")
                .isEqualTo(touches);
    }

    /** Moves {@code amount} from one account to the other, listing the paying table first. */
    private void transfer(String from, String to, long amount) {
        Map<String, AttributeValue> values = item(":x", n(amount));
        dynamo.transactWriteItems(TransactWriteItemsRequest.of(List.of(
                new TransactWriteItem.Update(
                        from,
                        item("id", s("account")),
                        "SET balance = balance - :x",
                        Optional.of("balance >= :x"),
                        Map.of(),
                        values,
                        null),
                new TransactWriteItem.Update(
                        to,
                        item("id", s("account")),
                        "SET balance = balance + :x",
                        Optional.empty(),
                        Map.of(),
                        values,
                        null))));
    }

    /** The sum of both balances read in one TransactGetItems, retried while a transfer in progress conflicts. */
    private long transactionalSum() {
        while (true) {
            try {
                List<Optional<Map<String, AttributeValue>>> items = dynamo.transactGetItems(new TransactGetItemsRequest(
                                List.of(
                                        TransactGetItem.of("beta", item("id", s("account"))),
                                        TransactGetItem.of("alpha", item("id", s("account")))),
                                ReturnConsumedCapacity.NONE))
                        .responses();
                return balance(items.get(0).orElseThrow())
                        + balance(items.get(1).orElseThrow());
            } catch (TransactionCanceledException conflict) {
                assertThat(conflict.reasons())
                        .extracting(CancellationReason::code)
                        .contains(CancellationReason.TRANSACTION_CONFLICT);
            }
        }
    }

    /** A single-item write of the account outside any transaction, retried while a transfer holds the item. */
    private void touch(String table) {
        while (true) {
            try {
                dynamo.updateItem(UpdateItemRequest.builder(table, item("id", s("account")))
                        .updateExpression("ADD touches :one")
                        .expressionAttributeValues(item(":one", n(1)))
                        .build());
                return;
            } catch (TransactionConflictException transferInProgress) {
                assertThat(transferInProgress).hasMessage("Transaction is ongoing for the item");
            }
        }
    }

    private Map<String, AttributeValue> get(String table) {
        return dynamo.getItem(
                        GetItemRequest.builder(table, item("id", s("account"))).build())
                .item()
                .orElseThrow();
    }

    private static long balance(Map<String, AttributeValue> account) {
        return count(account, "balance");
    }

    private static long count(Map<String, AttributeValue> account, String attribute) {
        return new BigDecimal(((AttributeValue.NumberValue) account.get(attribute)).value()).longValueExact();
    }
}
