package io.tabletheory.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.tabletheory.RetryPolicy;
import io.tabletheory.TableTheory;
import io.tabletheory.TransactionFailedException;
import io.tabletheory.api.error.ThrottlingException;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.testkit.contract.models.Account;
import io.tabletheory.testkit.contract.models.Transfer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The promise of transactions under concurrency, as a property: threads move money between accounts with
 * transactions while a share of them meet injected conflicts (retried) and some responses are lost after the
 * transaction was applied (retried under the same ClientRequestToken). Whatever the mix: no money is created or
 * destroyed, every transfer the caller was told succeeded is applied exactly once, and every transfer it was told
 * failed is not applied at all (the balances equal the opening balances plus the successful transfers).
 *
 * <p>The budget is large enough that no transfer runs out of attempts: with up to 40% of calls conflicting and every
 * third call or rarer losing its response, at least two calls in five go through, so 30 attempts all failing is
 * vanishingly unlikely even when threads interleave. (Half of all calls lost and half conflicting can line up so that
 * a transfer runs out after its first attempt was applied: an unknown outcome, on DynamoDB too, which this property
 * must not count as a failure; those ranges are left out.)
 */
class ConcurrentTransfersPropertyTest {
    private static final int ACCOUNTS = 5;
    private static final int THREADS = 4;
    private static final int TRANSFERS_PER_THREAD = 25;
    private static final long OPENING_BALANCE = 100;

    /** What one transfer tried, and what the caller was told. */
    private record Outcome(String from, String to, long amount, boolean succeeded) {}

    @Test
    void concurrentTransfers_withConflictsAndLostResponses_conserveMoneyAndApplyEachSuccessOnce() {
        qt().withExamples(15)
                .forAll(
                        integers().between(0, 40),
                        integers().between(3, 9),
                        integers().all())
                .checkAssert(this::run);
    }

    private void run(int conflictPercent, int lostEvery, int seed) {
        InMemoryDynamoStore backend = InMemoryDynamoStore.create();
        FaultInjectingStore store = FaultInjectingStore.wrap(backend).conflictingTransactions(conflictPercent);
        for (int call = lostEvery; call <= THREADS * TRANSFERS_PER_THREAD * 4; call += lostEvery) {
            store.failingAfterApplying(
                    Operation.TRANSACT_WRITE_ITEMS, call, () -> new ThrottlingException("injected: response lost"));
        }
        TableTheory db = TableTheory.builder()
                .store(store)
                .transactionRetry(
                        RetryPolicy.transactionDefaults().withMaxAttempts(30).withSleeper(wait -> {}))
                .build();
        db.createTable(Account.class);
        db.createTable(Transfer.class);
        for (int i = 0; i < ACCOUNTS; i++) {
            db.model(Account.class).create(Account.open("a" + i, OPENING_BALANCE));
        }

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                SplittableRandom random = new SplittableRandom(seed * 31L + thread);
                int number = thread;
                running.add(threads.submit(() -> transfers(db, number, random, outcomes)));
            }
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (Exception failed) {
            throw new AssertionError(failed);
        } finally {
            threads.shutdownNow();
        }

        Map<String, BigDecimal> expected = new HashMap<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            expected.put("a" + i, BigDecimal.valueOf(OPENING_BALANCE));
        }
        int audited = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.succeeded()) {
                expected.merge(outcome.from(), BigDecimal.valueOf(-outcome.amount()), BigDecimal::add);
                expected.merge(outcome.to(), BigDecimal.valueOf(outcome.amount()), BigDecimal::add);
                audited++;
            }
        }
        List<Account> stored = db.model(Account.class).consistentRead().scan();
        BigDecimal total = stored.stream().map(Account::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(OPENING_BALANCE * ACCOUNTS));
        for (Account account : stored) {
            assertThat(account.balance())
                    .as("balance of %s", account.id())
                    .isEqualByComparingTo(expected.get(account.id()));
            assertThat(account.balance()).isNotNegative();
        }
        assertThat(db.model(Transfer.class).consistentRead().scan()).hasSize(audited);
        assertThat(outcomes).hasSize(THREADS * TRANSFERS_PER_THREAD);
    }

    private static void transfers(
            TableTheory db, int thread, SplittableRandom random, ConcurrentLinkedQueue<Outcome> outcomes) {
        for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
            String from = "a" + random.nextInt(ACCOUNTS);
            String to = "a" + ((Integer.parseInt(from.substring(1)) + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS);
            long amount = 1 + random.nextInt(60);
            BigDecimal value = BigDecimal.valueOf(amount);
            String id = "t" + thread + "-" + i;
            boolean succeeded;
            try {
                db.transactWrite(
                        tx -> tx.updateWithBuilder(Account.key(from), update -> update.add("balance", value.negate())
                                        .condition("balance", ">=", value))
                                .updateWithBuilder(Account.key(to), update -> update.add("balance", value))
                                .create(new Transfer(id, from, to, value, null)));
                succeeded = true;
            } catch (TransactionFailedException insufficientFunds) {
                assertThat(insufficientFunds.failures()).singleElement().satisfies(reason -> {
                    assertThat(reason.index()).isZero();
                    assertThat(reason.conditionFailed()).isTrue();
                });
                succeeded = false;
            }
            outcomes.add(new Outcome(from, to, amount, succeeded));
        }
    }
}
