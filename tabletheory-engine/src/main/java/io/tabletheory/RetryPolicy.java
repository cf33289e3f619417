package io.tabletheory;

import java.time.Duration;
import java.util.Objects;

/**
 * How TableTheory retries what DynamoDB asks to be retried: the keys and items a batch leaves unprocessed (and
 * batch requests it throttles), and transactions cancelled only for transient reasons (a conflict with another
 * transaction, throttling). Each request is sent at most {@link #maxAttempts} times, waiting before each retry a
 * random time between zero and {@code min(maxDelay, baseDelay * 2^(retry - 1))} ("exponential backoff with full
 * jitter").
 *
 * <p>Defaults: batches ({@link #batchDefaults()}) 8 attempts per request, 50 ms base delay, 5 s cap, at most about
 * 6.4 s of waiting per request; transactions ({@link #transactionDefaults()}) 5 attempts, 100 ms base delay, 2 s
 * cap, at most about 1.5 s of waiting. Both sleep with {@link Thread#sleep}; tests inject a {@link Sleeper} that
 * records instead of sleeping.
 *
 * <pre>{@code
 * TableTheory db = TableTheory.builder()
 *         .store(store)
 *         .batchRetry(RetryPolicy.batchDefaults().withMaxAttempts(12))
 *         .transactionRetry(RetryPolicy.transactionDefaults().withMaxDelay(Duration.ofSeconds(1)))
 *         .build();
 * }</pre>
 *
 * @param maxAttempts attempts per request, the first one included; at least 1
 * @param baseDelay the ceiling of the wait before the first retry; zero or more
 * @param maxDelay the largest ceiling of any wait; at least {@code baseDelay}
 * @param sleeper waits between attempts
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
    /** The default attempts per batch request. */
    public static final int BATCH_MAX_ATTEMPTS = 8;

    /** The default attempts per transaction. */
    public static final int TRANSACTION_MAX_ATTEMPTS = 5;

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when {@code maxAttempts} is below 1, a delay is negative, or {@code maxDelay}
     *     is below {@code baseDelay}
     */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy needs at least 1 attempt, not " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("RetryPolicy needs 0 <= baseDelay <= maxDelay, not baseDelay "
                    + baseDelay + " and maxDelay " + maxDelay);
        }
    }

    /** For batches: 8 attempts per request, 50 ms base delay, 5 s cap, {@link Sleeper#system()}. */
    public static RetryPolicy batchDefaults() {
        return new RetryPolicy(BATCH_MAX_ATTEMPTS, Duration.ofMillis(50), Duration.ofSeconds(5), Sleeper.system());
    }

    /** For transactions: 5 attempts, 100 ms base delay, 2 s cap, {@link Sleeper#system()}. */
    public static RetryPolicy transactionDefaults() {
        return new RetryPolicy(
                TRANSACTION_MAX_ATTEMPTS, Duration.ofMillis(100), Duration.ofSeconds(2), Sleeper.system());
    }

    /** These settings with {@code attempts} attempts per request. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, sleeper);
    }

    /** These settings with the first retry's ceiling {@code delay}. */
    public RetryPolicy withBaseDelay(Duration delay) {
        return new RetryPolicy(maxAttempts, delay, maxDelay, sleeper);
    }

    /** These settings with no wait's ceiling above {@code delay}. */
    public RetryPolicy withMaxDelay(Duration delay) {
        return new RetryPolicy(maxAttempts, baseDelay, delay, sleeper);
    }

    /** These settings waiting with {@code waiter}. */
    public RetryPolicy withSleeper(Sleeper waiter) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, waiter);
    }

    /**
     * The ceiling of the wait before retry number {@code retry} (1 for the first retry):
     * {@code min(maxDelay, baseDelay * 2^(retry - 1))}.
     */
    public Duration ceilingBefore(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are numbered from 1, not " + retry);
        }
        Duration ceiling = baseDelay;
        for (int doubling = 1; doubling < retry && ceiling.compareTo(maxDelay) < 0; doubling++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(maxDelay) < 0 ? ceiling : maxDelay;
    }

    /** Waits between attempts; replace it in tests so that nothing really sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits for {@code duration}.
         *
         * @throws InterruptedException when the thread is interrupted; a batch then stops with a
         *     {@link io.tabletheory.api.error.BatchIncompleteException}, a transaction with its last failure, and
         *     the interrupt flag set again
         */
        void sleep(Duration duration) throws InterruptedException;

        /** {@link Thread#sleep(long)}. */
        static Sleeper system() {
            return duration -> Thread.sleep(duration.toMillis());
        }
    }
}
