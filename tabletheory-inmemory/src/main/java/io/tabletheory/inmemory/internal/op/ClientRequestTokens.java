package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.IdempotentParameterMismatchException;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The ClientRequestTokens of the TransactWriteItems that succeeded in the last ten minutes, by the emulator's clock
 * (research §1.14): a transaction repeating a token with the same actions succeeds again without being applied again,
 * and one repeating it with other actions fails with IdempotentParameterMismatchException. A token is remembered only
 * once its transaction succeeded, so retrying a cancelled transaction runs it again.
 *
 * <p>Transactions with a token run one at a time ({@link #run}), so two racing requests with one token are applied
 * once. The lock is taken before any table's lock, and held while the transaction takes those, which keeps the
 * emulator's lock order fixed.
 */
final class ClientRequestTokens {
    /** How long DynamoDB remembers a token. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    /** What a token was used for, and when its transaction completed. */
    private record Use(List<TransactWriteItem> actions, TransactWriteItemsResult result, Instant completed) {}

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Use> uses = new HashMap<>();

    ClientRequestTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs {@code transaction} unless {@code token} was used in the last ten minutes: then returns that use's result
     * if it had the same actions, and fails otherwise.
     *
     * @throws IdempotentParameterMismatchException when the token was used with other actions
     */
    TransactWriteItemsResult run(
            String token, List<TransactWriteItem> actions, Supplier<TransactWriteItemsResult> transaction) {
        lock.lock();
        try {
            Instant now = clock.instant();
            forgetExpired(now);
            Use previous = uses.get(token);
            if (previous != null) {
                if (!previous.actions().equals(actions)) {
                    throw new IdempotentParameterMismatchException(
                            "DynamoDB rejected the request because you retried"
                                    + " a request with a different payload but with an idempotent token that was already used.");
                }
                return previous.result();
            }
            TransactWriteItemsResult result = transaction.get();
            uses.put(token, new Use(actions, result, clock.instant()));
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void forgetExpired(Instant now) {
        Iterator<Use> iterator = uses.values().iterator();
        while (iterator.hasNext()) {
            if (!iterator.next().completed().plus(WINDOW).isAfter(now)) {
                iterator.remove();
            }
        }
    }
}
