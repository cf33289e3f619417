package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamo;

/**
 * Binds the {@link DynamoStore} to a fresh {@link InMemoryDynamo} (one per injector), also injectable as {@code
 * InMemoryDynamo} so tests can inspect it. For tests and local runs; install with {@link TableTheoryModule}.
 */
public final class InMemoryStoreModule extends AbstractModule {
    @Provides
    @Singleton
    InMemoryDynamo inMemoryDynamo() {
        return InMemoryDynamo.create();
    }

    @Provides
    @Singleton
    DynamoStore store(InMemoryDynamo dynamo) {
        return dynamo;
    }
}
