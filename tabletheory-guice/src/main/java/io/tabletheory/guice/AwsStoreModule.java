package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Binds the {@link DynamoStore} to Amazon DynamoDB through the given AWS SDK v2 client. The module does not create,
 * configure or close the client: build it once (region, credentials, HTTP client) where the process starts and
 * close it where the process ends. For production; install with {@link TableTheoryModule}.
 */
public final class AwsStoreModule extends AbstractModule {
    private final DynamoDbClient client;

    /** A module over this client, which stays owned by the caller. */
    public AwsStoreModule(DynamoDbClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Provides
    @Singleton
    DynamoStore store() {
        return AwsDynamoStore.create(client);
    }
}
