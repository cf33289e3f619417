package io.tabletheory.integration.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.integration.ServedEmulator;
import io.tabletheory.testkit.contract.Backend;
import io.tabletheory.testkit.contract.StreamsContract;

/**
 * The {@link StreamsContract} against the emulator served over HTTP, through the AWS adapters (the stream store over
 * a real {@code DynamoDbStreamsClient}) and SDK clients.
 */
class StreamsOverHttpTest extends StreamsContract {
    @Override
    protected DynamoStore store() {
        return ServedEmulator.store();
    }

    @Override
    protected StreamStore streams() {
        return ServedEmulator.streams();
    }

    @Override
    protected Backend backend() {
        return Backend.TABLETHEORY_SERVER;
    }
}
