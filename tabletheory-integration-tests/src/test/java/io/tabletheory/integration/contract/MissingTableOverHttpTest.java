package io.tabletheory.integration.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.integration.ServedEmulator;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.MissingTableContract;

/** The {@link MissingTableContract} against the emulator served over HTTP, through the AWS adapter and SDK client. */
class MissingTableOverHttpTest extends MissingTableContract {
    @Override
    protected DynamoStore store() {
        return ServedEmulator.store();
    }

    @Override
    protected Backend backend() {
        return Backend.TABLETHEORY_SERVER;
    }
}
