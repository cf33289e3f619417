package io.tabletheory.lambda.internal;

import com.amazonaws.services.lambda.runtime.Context;
import io.tabletheory.lambda.LambdaTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * The deadline of one invocation as {@link InvocationStore} checks it: the Lambda {@link Context}'s remaining time
 * (read at every call, since it shrinks) minus the configured buffer; or {@link #NONE}, outside an invocation.
 */
final class Deadline {
    static final Deadline NONE = new Deadline(null, Duration.ZERO);

    private final Context context;
    private final Duration buffer;

    private Deadline(Context context, Duration buffer) {
        this.context = context;
        this.buffer = buffer;
    }

    static Deadline of(Context context, Duration buffer) {
        return new Deadline(java.util.Objects.requireNonNull(context, "context"), buffer);
    }

    /**
     * The time a call to {@code operation} may take; empty without a deadline.
     *
     * @throws LambdaTimeoutException when nothing is left once the buffer is kept back
     */
    Optional<Duration> remainingFor(String operation) {
        if (context == null) {
            return Optional.empty();
        }
        long remaining = context.getRemainingTimeInMillis();
        long usable = remaining - buffer.toMillis();
        if (usable <= 0) {
            throw new LambdaTimeoutException(operation + " was not sent: " + remaining + " ms of the Lambda invocation"
                    + " remain" + request() + " and LambdaTimeoutConfig keeps " + buffer.toMillis() + " ms back for"
                    + " the handler");
        }
        return Optional.of(Duration.ofMillis(usable));
    }

    /** Whether a call that just failed did so because the deadline passed meanwhile. */
    boolean spent() {
        return context != null && context.getRemainingTimeInMillis() - buffer.toMillis() <= 0;
    }

    /** The failure of a call that ran out of the time it was given. */
    LambdaTimeoutException exceeded(String operation, RuntimeException cause) {
        return new LambdaTimeoutException(
                operation + " ran out of the Lambda invocation's time" + request() + ": "
                        + context.getRemainingTimeInMillis() + " ms remain and LambdaTimeoutConfig keeps "
                        + buffer.toMillis() + " ms back for the handler",
                cause);
    }

    private String request() {
        String id = context.getAwsRequestId();
        return id == null ? "" : " (request " + id + ")";
    }
}
