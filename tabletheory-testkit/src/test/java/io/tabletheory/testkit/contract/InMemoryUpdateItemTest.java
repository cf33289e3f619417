package io.tabletheory.testkit.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.inmemory.InMemoryDynamo;

/** The {@link UpdateItemContract} against the in-memory emulator, a fresh one per test. */
class InMemoryUpdateItemTest extends UpdateItemContract {
    private final DynamoStore store = InMemoryDynamo.create();

    @Override
    protected DynamoStore store() {
        return store;
    }

    @Override
    protected Backend backend() {
        return Backend.IN_MEMORY;
    }
}
