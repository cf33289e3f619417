package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/** The {@link MissingTableContract} on the in-memory emulator. */
class InMemoryMissingTableTest extends MissingTableContract {
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
