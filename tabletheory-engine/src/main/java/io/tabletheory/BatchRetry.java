package io.tabletheory;

import java.time.Duration;
import java.util.Objects;

/**
 * How batch reads and writes retry the keys and items DynamoDB leaves unprocessed (and requests it throttles):
 * each request of a batch (up to 100 keys, or 25 writes) is sent at most {@link #maxAttempts} times, waiting before
 * each retry a random time between zero and {@code min(maxDelay, baseDelay * 2^(retry - 1))} ("exponential backoff
 * with full jitter"). When a request still has unprocessed entries after its last attempt, the batch stops with a
 * {@link io.tabletheory.api.error.BatchIncompleteException} that hands back everything not written or read.
 *
 * <p>Defaults ({@link #defaults()}): 8 attempts, 50 ms base delay, 5 s cap, sleeping with {@link Thread#sleep};
 * at most about 6.4 s of waiting per request. Tests inject a {@link Sleeper} that records instead of sleeping.
 *
 * <pre>{@code
 * TableTheory db = TableTheory.builder()
 *         .store(store)
 *         .batchRetry(BatchRetry.defaults().withMaxAttempts(12))
 *         .build();
 * }</pre>
 *
 * @param maxAttempts attempts per request, the first one included; at least 1
 * @param baseDelay the ceiling of the wait before the first retry; zero or more
 * @param maxDelay the largest ceiling of any wait; at least {@code baseDelay}
 * @param sleeper waits between attempts
 */
public record BatchRetry(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {
    /** The default attempts per request. */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    /** The default ceiling of the first retry's wait. */
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(50);

    /** The default largest ceiling of a wait. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(5);

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException when {@code maxAttempts} is below 1, a delay is negative, or {@code maxDelay}
     *     is below {@code baseDelay}
     */
    public BatchRetry {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("BatchRetry needs at least 1 attempt, not " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("BatchRetry needs 0 <= baseDelay <= maxDelay, not baseDelay " + baseDelay
                    + " and maxDelay " + maxDelay);
        }
    }

    /** 8 attempts, 50 ms base delay, 5 s cap, {@link Sleeper#system()}. */
    public static BatchRetry defaults() {
        return new BatchRetry(DEFAULT_MAX_ATTEMPTS, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, Sleeper.system());
    }

    /** These settings with {@code attempts} attempts per request. */
    public BatchRetry withMaxAttempts(int attempts) {
        return new BatchRetry(attempts, baseDelay, maxDelay, sleeper);
    }

    /** These settings with the first retry's ceiling {@code delay}. */
    public BatchRetry withBaseDelay(Duration delay) {
        return new BatchRetry(maxAttempts, delay, maxDelay, sleeper);
    }

    /** These settings with no wait's ceiling above {@code delay}. */
    public BatchRetry withMaxDelay(Duration delay) {
        return new BatchRetry(maxAttempts, baseDelay, delay, sleeper);
    }

    /** These settings waiting with {@code waiter}. */
    public BatchRetry withSleeper(Sleeper waiter) {
        return new BatchRetry(maxAttempts, baseDelay, maxDelay, waiter);
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
         * @throws InterruptedException when the thread is interrupted; the batch then stops with a
         *     {@link io.tabletheory.api.error.BatchIncompleteException} and the interrupt flag set again
         */
        void sleep(Duration duration) throws InterruptedException;

        /** {@link Thread#sleep(long)}. */
        static Sleeper system() {
            return duration -> Thread.sleep(duration.toMillis());
        }
    }
}
