package io.tabletheory.lambda.internal;

import io.tabletheory.api.port.DynamoStore;
import java.time.Duration;
import java.util.Optional;

/**
 * Where {@link InvocationStore} sends a call: the SDK client of {@link AwsBackend}, which SnapStart can replace
 * after a restore, or the store given to {@code LambdaTableTheory.builder().store(...)} (the emulator in a handler's
 * tests), which has no network path to prime, nothing to release and nothing to renew, so it keeps the no-op
 * defaults below.
 */
interface Backend {
    /** The store for one call; {@code callTimeout}, when present, bounds the whole SDK call. */
    DynamoStore store(Optional<Duration> callTimeout);

    /**
     * Runs {@code priming} with a store that answers in process, as DynamoDB would, without a network connection;
     * does nothing when the backend has no request path of its own to prime.
     */
    default void prime(java.util.function.Consumer<DynamoStore> priming) {}

    /** Gives back what only initialization needed (the priming client). */
    default void releaseInitialization() {}

    /** After a SnapStart restore: renews credentials and connections, which restored copies must not share. */
    default void renew() {}
}
