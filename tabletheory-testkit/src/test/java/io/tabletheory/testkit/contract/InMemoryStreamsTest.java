package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/** The {@link StreamsContract} against the in-memory emulator, a fresh one per test. */
class InMemoryStreamsTest extends StreamsContract {
    private final InMemoryDynamoStore store = InMemoryDynamoStore.create();

    @Override
    protected DynamoStore store() {
        return store;
    }

    @Override
    protected StreamStore streams() {
        return store;
    }

    @Override
    protected Backend backend() {
        return Backend.IN_MEMORY;
    }
}
