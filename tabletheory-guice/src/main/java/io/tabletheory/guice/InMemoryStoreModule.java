package io.tabletheory.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/**
 * Binds the {@link DynamoStore} to a fresh {@link InMemoryDynamoStore} (one per injector), also injectable as {@code
 * InMemoryDynamoStore} so tests can inspect it. For tests and local runs; install with {@link TableTheoryModule}.
 * Needs {@code tabletheory-inmemory} on the classpath (a test dependency). All instances are equal, so installing it
 * twice binds one store.
 */
public final class InMemoryStoreModule extends AbstractModule {
    /** A module binding a fresh in-memory store per injector. */
    public InMemoryStoreModule() {}

    @Provides
    @Singleton
    InMemoryDynamoStore inMemoryDynamo() {
        return InMemoryDynamoStore.create();
    }

    @Provides
    @Singleton
    DynamoStore store(InMemoryDynamoStore dynamo) {
        return dynamo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InMemoryStoreModule;
    }

    @Override
    public int hashCode() {
        return InMemoryStoreModule.class.hashCode();
    }
}
