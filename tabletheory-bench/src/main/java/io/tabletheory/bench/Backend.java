package io.tabletheory.bench;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * The two stores every benchmark compares: the in-memory emulator, and DynamoDB Local embedded in the benchmark JVM
 * behind the AWS adapter (the baseline). Both are reached through the same port, {@link DynamoStore}, so a
 * benchmark's body is the same for either.
 */
public enum Backend {
    /** {@code InMemoryDynamoStore.create()}. */
    IN_MEMORY_DYNAMO,
    /** {@code AwsDynamoStore.create(DynamoDBEmbedded.create().dynamoDbClient())}: no server, no HTTP. */
    DYNAMODB_LOCAL;

    /** Starts a new, empty store of this kind. */
    Running start() {
        switch (this) {
            case IN_MEMORY_DYNAMO:
                return new Running(InMemoryDynamoStore.create(), () -> {});
            case DYNAMODB_LOCAL:
                AmazonDynamoDBLocal local = DynamoDBEmbedded.create();
                return new Running(AwsDynamoStore.create(local.dynamoDbClient()), local::shutdown);
            default:
                throw new IllegalStateException("unknown backend " + this);
        }
    }

    /**
     * A started store and how to stop it (DynamoDB Local holds a database and threads; the emulator holds nothing).
     */
    record Running(DynamoStore store, Runnable stop) {}
}
