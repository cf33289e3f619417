package io.tabletheory.integration.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.integration.ServedEmulator;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.LimitsContract;

/** The {@link LimitsContract} against the emulator served over HTTP, through the AWS adapter and SDK client. */
class LimitsOverHttpTest extends LimitsContract {
    @Override
    protected DynamoStore store() {
        return ServedEmulator.store();
    }

    @Override
    protected Backend backend() {
        return Backend.TABLETHEORY_SERVER;
    }
}
