package io.tabletheory.lambda.internal;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The default backend: an SDK client built by {@link LambdaClients}, behind the AWS adapter. Each call gets the
 * adapter over the current client, with the call's API-call timeout when it has one. {@link #renew} (after a
 * SnapStart restore) swaps in a new client (new HTTP client, credentials chosen again) and closes the old one.
 */
final class AwsBackend implements Backend {
    private final LambdaClients clients;
    private volatile Current current;
    private final AtomicInteger primedRequests = new AtomicInteger();
    private DynamoDbClient primingClient;

    private record Current(DynamoDbClient client, AwsDynamoStore store) {}

    AwsBackend(LambdaClients clients) {
        this.clients = clients;
        this.current = connect(clients);
    }

    private static Current connect(LambdaClients clients) {
        DynamoDbClient client = clients.client();
        return new Current(client, AwsDynamoStore.create(client));
    }

    @Override
    public DynamoStore store(Optional<Duration> callTimeout) {
        AwsDynamoStore store = current.store();
        return callTimeout.isPresent() ? store.withApiCallTimeout(callTimeout.get()) : store;
    }

    @Override
    public synchronized void prime(Consumer<DynamoStore> priming) {
        if (primingClient == null) {
            primingClient = clients.primingClient(new PrimingHttpClient(primedRequests));
        }
        priming.accept(AwsDynamoStore.create(primingClient));
    }

    @Override
    public synchronized void releaseInitialization() {
        if (primingClient != null) {
            primingClient.close();
            primingClient = null;
        }
    }

    @Override
    public void renew() {
        Current old;
        synchronized (this) {
            old = current;
            current = connect(clients);
        }
        old.client().close();
    }

    /** The client calls go to now (for tests). */
    DynamoDbClient client() {
        return current.client();
    }

    /** How many requests the priming HTTP clients have answered (for tests). */
    int primedRequests() {
        return primedRequests.get();
    }
}
