package io.tabletheory.examples;

import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** The README's {@code --endpoint} run: the demo against DynamoDB Local served over HTTP on a free local port. */
class DemoAgainstEndpointIT {
    private static DynamoDBProxyServer server;
    private static int port;

    @BeforeAll
    static void startDynamoDbLocalServer() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port)});
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
    }

    @Test
    void withAnEndpoint_runsTheSameWalkthroughOverHttp() {
        EndpointDemo.runsTheWalkthroughAgainst("http://localhost:" + port);
    }
}
