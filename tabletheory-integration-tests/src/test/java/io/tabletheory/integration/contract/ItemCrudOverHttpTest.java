package io.tabletheory.integration.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.integration.ServedEmulator;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.ItemCrudContract;

/** The {@link ItemCrudContract} against the emulator served over HTTP, through the AWS adapter and SDK client. */
class ItemCrudOverHttpTest extends ItemCrudContract {
    @Override
    protected DynamoStore store() {
        return ServedEmulator.store();
    }

    @Override
    protected Backend backend() {
        return Backend.TABLETHEORY_SERVER;
    }
}
