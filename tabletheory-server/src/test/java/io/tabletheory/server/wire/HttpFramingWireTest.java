package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.SERIALIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP/1.1 as the server's own HTTP layer reads it, on raw connections: framing it cannot read (request line, version,
 * header, Content-Length, chunk size, a head over 64 KiB) is a 400 {@code SerializationException} saying what was
 * wrong, after which the connection is closed; {@code Expect: 100-continue}, HTTP/1.0, {@code Connection: close}
 * and several requests written at once are served as HTTP says.
 */
class HttpFramingWireTest {
    private static final String LIST_TABLES_HEAD =
            "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n";

    private static TableTheoryServer server;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aMalformedRequestLine_isASerializationExceptionAndClosesTheConnection() throws IOException {
        assertRefused("GARBAGE\r\n\r\n", "Malformed HTTP request line: 'GARBAGE'");
    }

    @Test
    void anotherHttpVersion_isASerializationException() throws IOException {
        assertRefused(
                "POST / HTTP/2.0\r\nHost: x\r\n\r\n",
                "Unsupported HTTP version 'HTTP/2.0': this server speaks HTTP/1.1");
    }

    @Test
    void aHeaderLineWithoutAColon_isASerializationException() throws IOException {
        assertRefused(LIST_TABLES_HEAD + "no colon here\r\n\r\n", "Malformed HTTP header line: 'no colon here'");
    }

    @Test
    void anInvalidContentLength_isASerializationException() throws IOException {
        assertRefused(LIST_TABLES_HEAD + "Content-Length: -2\r\n\r\n{}", "Invalid Content-Length: -2");
        assertRefused(
                LIST_TABLES_HEAD + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
                "The request has more than one Content-Length header");
    }

    @Test
    void anUnsupportedTransferEncoding_isASerializationException() throws IOException {
        assertRefused(
                LIST_TABLES_HEAD + "Transfer-Encoding: gzip\r\n\r\n",
                "Unsupported Transfer-Encoding 'gzip': this server reads 'chunked' only");
    }

    @Test
    void aHeadOver64KiB_isASerializationException() throws IOException {
        assertRefused(
                LIST_TABLES_HEAD + "X-Padding: " + "p".repeat(70_000) + "\r\n\r\n",
                "The request head is longer than 65536 bytes");
    }

    @Test
    void aMalformedChunkSize_isASerializationExceptionAndClosesTheConnection() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw(LIST_TABLES_HEAD + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

            connection
                    .readResponse()
                    .assertError(400, SERIALIZATION, "Could not read the request body: Invalid chunk size 'zz'");
            assertThat(connection.isClosedByServer()).isTrue();
        }
    }

    @Test
    void expectContinue_isAnsweredBeforeTheBodyIsSent() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw(LIST_TABLES_HEAD + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
            connection.expectRaw("HTTP/1.1 100 Continue\r\n\r\n");
            connection.sendRaw("{}");

            connection.readResponse().assertOk("{\"TableNames\":[]}");
        }
    }

    @Test
    void http10_isAnsweredAndClosedUnlessItAsksToKeepAlive() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw("POST / HTTP/1.0\r\nX-Amz-Target: DynamoDB_20120810.ListTables\r\n"
                    + "Content-Length: 2\r\n\r\n{}");

            connection.readResponse().assertOk("{\"TableNames\":[]}");
            assertThat(connection.isClosedByServer()).isTrue();
        }
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            for (int request = 0; request < 2; request++) {
                connection.sendRaw("POST / HTTP/1.0\r\nConnection: keep-alive\r\n"
                        + "X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 2\r\n\r\n{}");

                WireResponse response = connection.readResponse();
                response.assertOk("{\"TableNames\":[]}");
                assertThat(response.header("Connection")).contains("keep-alive");
            }
        }
    }

    @Test
    void connectionClose_isAnsweredThenClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw(LIST_TABLES_HEAD + "Connection: close\r\nContent-Length: 2\r\n\r\n{}");

            WireResponse response = connection.readResponse();
            response.assertOk("{\"TableNames\":[]}");
            assertThat(response.header("Connection")).contains("close");
            assertThat(connection.isClosedByServer()).isTrue();
        }
    }

    @Test
    void requestsWrittenAtOnce_areAnsweredInOrder() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw(LIST_TABLES_HEAD + "Content-Length: 2\r\n\r\n{}"
                    + "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: DynamoDB_20120810.DescribeTable\r\n"
                    + "Content-Length: 22\r\n\r\n{\"TableName\":\"absent\"}");

            connection.readResponse().assertOk("{\"TableNames\":[]}");
            assertThat(connection.readResponse().status()).isEqualTo(400);
        }
    }

    @Test
    void whenEveryWorkerIsTaken_anIdleConnectionIsClosedToMakeRoom() throws IOException {
        try (TableTheoryServer single =
                        TableTheoryServer.builder().threads(1).maxWorkers(1).start();
                RawHttpConnection idle = new RawHttpConnection(single.endpoint())) {
            idle.sendRaw(LIST_TABLES_HEAD + "Content-Length: 2\r\n\r\n{}");
            idle.readResponse().assertOk("{\"TableNames\":[]}");

            try (RawHttpConnection next = new RawHttpConnection(single.endpoint())) {
                next.sendRaw(LIST_TABLES_HEAD + "Content-Length: 2\r\n\r\n{}");

                next.readResponse().assertOk("{\"TableNames\":[]}");
            }
            assertThat(idle.isClosedByServer()).isTrue();
        }
    }

    private static void assertRefused(String request, String message) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRaw(request);

            WireResponse response = connection.readResponse();
            response.assertError(400, SERIALIZATION, message);
            assertThat(response.header("Connection")).contains("close");
            assertThat(connection.isClosedByServer()).isTrue();
        }
    }
}
