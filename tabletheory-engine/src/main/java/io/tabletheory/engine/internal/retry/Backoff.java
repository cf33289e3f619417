package io.tabletheory.engine.internal.retry;

import io.tabletheory.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The wait before a batch request's retry: exponential backoff with full jitter, a uniformly random time between
 * zero and {@link RetryPolicy#ceilingBefore}, slept by the configured sleeper. The random source is injectable so
 * tests can pin the waits.
 */
public final class Backoff {
    private final RetryPolicy retry;
    private final DoubleSupplier random;

    /** Waits as {@code retry} says, with a random number in [0, 1) from {@code random}. */
    public Backoff(RetryPolicy retry, DoubleSupplier random) {
        this.retry = retry;
        this.random = random;
    }

    /** Waits as {@code retry} says, jittered by {@link ThreadLocalRandom}. */
    public static Backoff of(RetryPolicy retry) {
        return new Backoff(retry, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The attempts each request may use. */
    public int maxAttempts() {
        return retry.maxAttempts();
    }

    /** The jittered wait before retry number {@code retryNumber} (1 for the first retry). */
    public Duration delayBefore(int retryNumber) {
        long ceilingNanos = retry.ceilingBefore(retryNumber).toNanos();
        return Duration.ofNanos((long) (random.getAsDouble() * ceilingNanos));
    }

    /** Sleeps before retry number {@code retryNumber}. */
    public void pauseBefore(int retryNumber) throws InterruptedException {
        retry.sleeper().sleep(delayBefore(retryNumber));
    }
}
