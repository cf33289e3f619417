package io.tabletheory.lambda.internal;

import java.util.function.Supplier;

/**
 * A value built once per holder, behind {@code LambdaTableTheory.init} and {@code optimized} ({@link DefaultLambdaTableTheory#processWide}): the first call builds
 * it while concurrent first calls wait; a build that throws is remembered, so every later call fails with the same
 * cause (wrapped in an {@link IllegalStateException} that says so) instead of building again or returning null.
 */
final class ProcessWide<T> {
    private volatile Outcome<T> outcome;

    /** An empty holder. */
    ProcessWide() {}

    /**
     * The value, built with {@code factory} by the first call.
     *
     * @throws RuntimeException the first call's failure, as it was thrown; then, on every later call, an {@link
     *     IllegalStateException} caused by it
     */
    T get(Supplier<T> factory) {
        Outcome<T> known = outcome;
        if (known != null) {
            return known.value();
        }
        synchronized (this) {
            if (outcome != null) {
                return outcome.value();
            }
            try {
                T value = factory.get();
                if (value == null) {
                    throw new IllegalStateException("the process-wide instance's factory returned null");
                }
                outcome = new Outcome<>(value, null);
                return value;
            } catch (RuntimeException failure) {
                outcome = new Outcome<>(null, failure);
                throw failure;
            }
        }
    }

    private record Outcome<T>(T built, RuntimeException failure) {
        T value() {
            if (failure != null) {
                throw new IllegalStateException(
                        "LambdaTableTheory failed to initialise in this process and will not be retried: " + failure,
                        failure);
            }
            return built;
        }
    }
}
