package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What only a whole server process shows, each in a forked JVM: the server's request time limit closes a connection that
 * sent half a request (or a TLS handshake) while other clients are served, its response time limit cuts off a client
 * that does not read a large answer, and running out of heap stops the process with exit code 3 and a message
 * instead of leaving it holding its port and answering nothing.
 */
class ProcessFailureTest {
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void aConnectionThatStallsMidRequest_isClosedAtTheRequestTimeLimit() throws Exception {
        try (ForkedServer server = ForkedServer.start(List.of("-Dsun.net.httpserver.maxReqTime=1"));
                Socket halfHead = stalled(
                        server.endpoint(), "POST / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                Socket tls = stalled(
                        server.endpoint(), new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc});
                Socket halfBody = stalled(
                        server.endpoint(),
                        ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                                        + "Content-Length: 100\r\n\r\n{")
                                .getBytes(StandardCharsets.US_ASCII))) {
            assertThat(post(server.endpoint(), "ListTables", "{}").statusCode()).isEqualTo(200);

            for (Socket socket : List.of(halfHead, tls, halfBody)) {
                // The socket's own read timeout (the bound) fails the test if the server never closes it.
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(post(server.endpoint(), "ListTables", "{}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatDoesNotReadItsResponse_isCutOffAtTheResponseTimeLimit() throws Exception {
        try (ForkedServer server = ForkedServer.start(List.of("-Dsun.net.httpserver.maxRspTime=1"))) {
            // A BatchGetItem answer of 15 MB: more than the two ends' socket buffers hold, so the server's write waits.
            createTable(server.endpoint(), "wide");
            String payload = "x".repeat(380_000);
            StringBuilder keys = new StringBuilder();
            for (int item = 0; item < 40; item++) {
                post(
                        server.endpoint(),
                        "PutItem",
                        "{\"TableName\":\"wide\",\"Item\":{\"pk\":{\"S\":\"" + item + "\"},\"v\":{\"S\":\"" + payload
                                + "\"}}}");
                keys.append(item == 0 ? "" : ",")
                        .append("{\"pk\":{\"S\":\"")
                        .append(item)
                        .append("\"}}");
            }
            byte[] body = ("{\"RequestItems\":{\"wide\":{\"Keys\":[" + keys + "]}}}").getBytes(StandardCharsets.UTF_8);
            try (Socket reader = stalled(
                    server.endpoint(),
                    ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.BatchGetItem\r\n"
                                    + "Content-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII))) {
                reader.getOutputStream().write(body);
                reader.getOutputStream().flush();
                Thread.sleep(3_000);

                assertThat(post(server.endpoint(), "ListTables", "{}").statusCode())
                        .isEqualTo(200);
                long received = 0;
                byte[] buffer = new byte[65_536];
                for (int read = reader.getInputStream().read(buffer);
                        read >= 0;
                        read = reader.getInputStream().read(buffer)) {
                    received += read;
                }
                assertThat(received)
                        .as("bytes of a 15 MB answer read before the server closed")
                        .isLessThan(40L * 380_000);
            }
        }
    }

    @Test
    void runningOutOfHeap_stopsTheProcessWithExitCode3AndSaysWhy() throws Exception {
        try (ForkedServer server = ForkedServer.start(List.of("-Xmx48m", "-XX:-HeapDumpOnOutOfMemoryError"))) {
            createTable(server.endpoint(), "big");
            String payload = "x".repeat(300_000);
            try {
                for (int item = 0; item < 2_000; item++) {
                    post(
                            server.endpoint(),
                            "PutItem",
                            "{\"TableName\":\"big\",\"Item\":{\"pk\":{\"S\":\"" + item + "\"},\"v\":{\"S\":\"" + payload
                                    + "\"}}}");
                }
            } catch (IOException refused) {
                // The process has stopped answering: it should now be gone.
            }
            int exit = server.awaitExit(BOUND);

            assertThat(exit).as("exit code; errors: %s", server.errors()).isEqualTo(FatalErrors.EXIT_CODE);
            assertThat(server.errors()).contains("tabletheory-server: out of memory");
        }
    }

    private static void createTable(URI endpoint, String table) throws IOException, InterruptedException {
        post(
                endpoint,
                "CreateTable",
                "{\"TableName\":\"" + table + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                        + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                        + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}");
    }

    private static Socket stalled(URI endpoint, byte[] start) throws IOException {
        Socket socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setSoTimeout((int) BOUND.toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(start);
        out.flush();
        return socket;
    }

    private static HttpResponse<String> post(URI endpoint, String operation, String json)
            throws IOException, InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(
                HttpRequest.newBuilder(endpoint)
                        .timeout(BOUND)
                        .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                        .header("Content-Type", "application/x-amz-json-1.0")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
