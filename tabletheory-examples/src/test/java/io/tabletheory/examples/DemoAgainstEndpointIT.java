package io.tabletheory.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void withAnEndpoint_runsTheSameWalkthroughOverHttp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Demo.run(
                List.of("--endpoint", "http://localhost:" + port, "--region", "us-east-1"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as("exit status; stderr: %s", err).isZero();
        assertThat(printed)
                .contains("TableTheory demo against http://localhost:" + port)
                .contains("ConditionFailedException: create of DemoUser")
                .contains("equal to what create returned: true")
                .contains("retry on the fresh copy: nickname countess, version 2")
                .contains("DynamoDB: Query tabletheory-demo-users on email-index")
                .contains("page 3: [order-7], last page")
                .contains("ItemNotFoundException: no DemoUser")
                .doesNotContain("unexpected");
    }
}
