package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import java.util.Objects;

/**
 * Binds the {@link DynamoStore} to Amazon DynamoDB through the given {@link AwsDynamoStore}. For production;
 * install with {@link TableTheoryModule}.
 *
 * <pre>{@code
 * DynamoDbClient client = DynamoDbClient.create();   // built once where the process starts, closed where it ends
 * Injector injector = Guice.createInjector(new TableTheoryModule(), new AwsStoreModule(AwsDynamoStore.create(client)));
 * }</pre>
 *
 * <p>The module takes the store rather than the SDK client so that only the AWS adapter deals in the SDK's types.
 * It does not create, configure or close the client behind the store: the code that built the client closes it.
 * Needs {@code tabletheory-aws-sdk} on the classpath. Modules of the same store are equal, so installing it twice
 * binds it once.
 */
public final class AwsStoreModule extends AbstractModule {
    private final AwsDynamoStore store;

    /** A module binding this store, whose client stays owned by the caller. */
    public AwsStoreModule(AwsDynamoStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Provides
    @Singleton
    DynamoStore store() {
        return store;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwsStoreModule module && module.store == store;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(store);
    }
}
