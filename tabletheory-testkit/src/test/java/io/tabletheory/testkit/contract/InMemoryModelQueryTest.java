package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/** The engine's reads and updates end to end, on the in-memory emulator. */
class InMemoryModelQueryTest extends ModelQueryContract {
    private final InMemoryDynamoStore store = InMemoryDynamoStore.create();

    @Override
    protected DynamoStore store() {
        return store;
    }

    @Override
    protected Backend backend() {
        return Backend.IN_MEMORY;
    }
}
