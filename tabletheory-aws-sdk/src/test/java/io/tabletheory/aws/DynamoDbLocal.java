package io.tabletheory.aws;

import io.tabletheory.api.port.DynamoStore;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * One DynamoDB Local per test JVM, embedded in-process (no server, no Docker), started on first use and shut down
 * when the JVM exits. Every integration test class shares it; the contract tests keep out of each other's way by
 * creating their tables under unique names.
 */
public final class DynamoDbLocal {
    private DynamoDbLocal() {}

    /** The AWS adapter over the shared DynamoDB Local. */
    public static DynamoStore store() {
        return Holder.STORE;
    }

    /** Initialised on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        private static final AmazonDynamoDBLocal LOCAL = start();
        private static final DynamoStore STORE = AwsDynamoStore.create(LOCAL.dynamoDbClient());

        private static AmazonDynamoDBLocal start() {
            long started = System.nanoTime();
            AmazonDynamoDBLocal local = DynamoDBEmbedded.create();
            System.out.printf(
                    "DynamoDB Local (embedded) started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(local::shutdown, "dynamodb-local-shutdown"));
            return local;
        }
    }
}
