package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/** The {@link UpdateTableContract} against the in-memory emulator, a fresh one per test. */
class InMemoryUpdateTableTest extends UpdateTableContract {
    private final DynamoStore store = InMemoryDynamoStore.create();

    @Override
    protected DynamoStore store() {
        return store;
    }

    @Override
    protected Backend backend() {
        return Backend.IN_MEMORY;
    }
}
