package io.tabletheory.lambda;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a Lambda invocation {@link LambdaTableTheory#withLambdaTimeout} keeps back for the handler: calls
 * fail with {@link LambdaTimeoutException} once the invocation's remaining time is at most {@code buffer}, and each
 * SDK call gets an API-call timeout of the remaining time minus the buffer.
 *
 * <pre>{@code
 * static final LambdaTableTheory DB = LambdaTableTheory.init(Note.class)
 *         .withLambdaTimeoutConfig(LambdaTimeoutConfig.buffer(Duration.ofMillis(500)));
 * }</pre>
 *
 * @param buffer the time kept back; zero or more
 */
public record LambdaTimeoutConfig(Duration buffer) {
    /** The default buffer: one second, as in the Go TableTheory SDK's {@code LambdaTimeoutConfig}. */
    public static final Duration DEFAULT_BUFFER = Duration.ofSeconds(1);

    /**
     * Validates the buffer.
     *
     * @throws IllegalArgumentException when {@code buffer} is negative
     */
    public LambdaTimeoutConfig {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("LambdaTimeoutConfig.buffer must be zero or more; got " + buffer);
        }
    }

    /** A configuration with this buffer. */
    public static LambdaTimeoutConfig buffer(Duration buffer) {
        return new LambdaTimeoutConfig(buffer);
    }

    /** The default configuration: a one-second buffer. */
    public static LambdaTimeoutConfig defaults() {
        return new LambdaTimeoutConfig(DEFAULT_BUFFER);
    }
}
