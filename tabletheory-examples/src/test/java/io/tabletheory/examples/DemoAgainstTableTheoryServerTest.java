package io.tabletheory.examples;

import io.tabletheory.server.TableTheoryServer;
import org.junit.jupiter.api.Test;

/** The README's {@code --endpoint} run against tabletheory-server: the emulator as a local DynamoDB endpoint. */
class DemoAgainstTableTheoryServerTest {
    @Test
    void withTheServersEndpoint_runsTheSameWalkthroughOverHttp() {
        try (TableTheoryServer server = TableTheoryServer.start()) {
            EndpointDemo.runsTheWalkthroughAgainst(server.endpoint().toString());
        }
    }
}
