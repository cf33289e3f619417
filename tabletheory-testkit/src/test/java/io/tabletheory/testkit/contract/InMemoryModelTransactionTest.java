package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;

/** The model transaction contract on the in-memory emulator. */
class InMemoryModelTransactionTest extends ModelTransactionContract {
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
