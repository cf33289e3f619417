package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.SERIALIZATION;
import static io.tabletheory.server.wire.WireResponse.TOO_LARGE;
import static io.tabletheory.server.wire.WireResponse.UNKNOWN_OPERATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's JSON 1.0 protocol as the server speaks it, checked on raw HTTP: the health check, operation dispatch by
 * {@code X-Amz-Target}, bodies that are not one JSON object (malformed, empty, duplicate members, trailing content),
 * the request size limit (by Content-Length and by chunked transfer, after which the server keeps serving), and the
 * headers every answer carries ({@code x-amz-crc32} over the body bytes, {@code x-amzn-RequestId}, Content-Type).
 */
class ProtocolWireTest {
    private static final int LIMIT = 1024;
    private static final String LIMIT_TEXT =
            " this server's limit of 1024 bytes (DynamoDB's largest request, a 25-item BatchWriteItem, is 16 MB)";

    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.builder().maxRequestBytes(LIMIT).start();
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void healthCheck_getRoot_answersHealthyAsPlainText() {
        WireResponse response = client.get();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("healthy: tabletheory-server");
        assertThat(response.header("Content-Type")).contains("text/plain; charset=utf-8");
    }

    @Test
    void listTables_onAnEmptyServer_answersExactlyTheEmptyList() {
        WireResponse response = client.post("ListTables", "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("{\"TableNames\":[]}");
    }

    @Test
    void missingTarget_isUnknownOperation() {
        client.postTarget(null, bytes("{}"))
                .assertError(
                        400,
                        UNKNOWN_OPERATION,
                        "Missing X-Amz-Target header: DynamoDB requests name their operation as"
                                + " DynamoDB_20120810.<Operation>");
    }

    @Test
    void unknownOperation_isUnknownOperationNamingTheTarget() {
        client.post("FlyToTheMoon", "{}")
                .assertError(
                        400, UNKNOWN_OPERATION, "Unknown operation in X-Amz-Target: DynamoDB_20120810.FlyToTheMoon");
    }

    @Test
    void targetWithoutTheApiVersionPrefix_isUnknownOperation() {
        client.postTarget("ListTables", bytes("{}"))
                .assertError(400, UNKNOWN_OPERATION, "Unknown operation in X-Amz-Target: ListTables");
        client.postTarget("DynamoDB_20111205.ListTables", bytes("{}"))
                .assertError(400, UNKNOWN_OPERATION, "Unknown operation in X-Amz-Target: DynamoDB_20111205.ListTables");
    }

    @Test
    void errorBody_isExactlyTypeAndMessage() {
        WireResponse response = client.post("Nope", "{}");

        assertThat(response.text())
                .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
                        + "\"Message\":\"Unknown operation in X-Amz-Target: DynamoDB_20120810.Nope\"}");
    }

    @Test
    void malformedJson_isSerializationExceptionWithWhereItBroke() {
        client.post("ListTables", "{\"Limit\": }")
                .assertError(
                        400,
                        SERIALIZATION,
                        "Malformed JSON: Unexpected character ('}' (code 125)): expected a value (at line 1, column 11)");
    }

    @Test
    void nonObjectBody_isSerializationException() {
        for (String body : new String[] {"[\"ListTables\"]", "\"ListTables\"", "42", "null", "true"}) {
            client.post("ListTables", body).assertError(400, SERIALIZATION, "The request body must be a JSON object");
        }
    }

    @Test
    void emptyBody_isSerializationException() {
        client.post("ListTables", "")
                .assertError(400, SERIALIZATION, "The request body is empty; it must be a JSON object");
        client.post("ListTables", "  \r\n ")
                .assertError(400, SERIALIZATION, "The request body is empty; it must be a JSON object");
    }

    @Test
    void duplicateMember_isSerializationException() {
        client.post("DescribeTable", "{\"TableName\":\"a\",\"TableName\":\"b\"}")
                .assertError(400, SERIALIZATION, "Malformed JSON: Duplicate field 'TableName' (at line 1, column 29)");
    }

    @Test
    void trailingContent_isSerializationException() {
        client.post("ListTables", "{} {}")
                .assertError(400, SERIALIZATION, "Unexpected content after the JSON value (at line 1, column 4)");
        client.post("ListTables", "{}x")
                .assertError(
                        400,
                        SERIALIZATION,
                        "Malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or"
                                + " token 'null', 'true' or 'false') (at line 1, column 3)");
    }

    @Test
    void bodyOverTheLimit_byContentLength_is413AndTheServerKeepsServing() {
        byte[] body = bytes("{\"TableName\":\"" + "t".repeat(2 * LIMIT) + "\"}");

        client.postTarget(WireClient.TARGET_PREFIX + "DescribeTable", body)
                .assertError(413, TOO_LARGE, "Request body of " + body.length + " bytes exceeds" + LIMIT_TEXT);
        client.post("ListTables", "{}").assertOk("{\"TableNames\":[]}");
    }

    @Test
    void bodyOverTheLimit_byChunkedTransfer_is413AndTheServerKeepsServing() {
        byte[] body = bytes("{\"TableName\":\"" + "t".repeat(3 * LIMIT) + "\"}");

        client.postChunked("DescribeTable", body).assertError(413, TOO_LARGE, "Request body exceeds" + LIMIT_TEXT);
        client.post("ListTables", "{}").assertOk("{\"TableNames\":[]}");
    }

    @Test
    void bodyOverTheLimit_onAKeptAliveConnection_isAnsweredAndTheConnectionClosed() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendChunkedHead("DescribeTable");
            for (int chunk = 0; chunk < 3; chunk++) {
                connection.sendChunk(new byte[LIMIT / 2]);
            }
            connection.sendChunk(new byte[0]);

            WireResponse response = connection.readResponse();

            response.assertError(413, TOO_LARGE, "Request body exceeds" + LIMIT_TEXT);
            assertThat(response.header("Connection")).contains("close");
            assertThat(connection.isClosedByServer()).isTrue();
        }
    }

    @Test
    void bodyAtTheLimit_byChunkedTransfer_isServed() {
        String prefix = "{\"TableName\":\"";
        byte[] body = bytes(prefix + "t".repeat(LIMIT - prefix.length() - 2) + "\"}");
        assertThat(body).hasSize(LIMIT);

        client.postChunked("DescribeTable", body)
                .assertError(
                        400,
                        WireResponse.VALIDATION,
                        "1 validation error detected: Value '" + "t".repeat(LIMIT - prefix.length() - 2)
                                + "' at 'tableName' failed to satisfy constraint:"
                                + " Member must have length less than or equal to 255");
    }

    @Test
    void crc32Header_isTheChecksumOfTheBodyBytes_onSuccessAndOnErrors() {
        WireResponse[] responses = {
            client.post("ListTables", "{}"),
            client.post("DescribeEndpoints", "{}"),
            client.post("ListTables", "{"),
            client.post("DescribeTable", "{\"TableName\":\"missing\"}"),
            client.post("Nope", "{}"),
            client.postTarget(WireClient.TARGET_PREFIX + "ListTables", new byte[LIMIT + 1])
        };
        for (WireResponse response : responses) {
            CRC32 checksum = new CRC32();
            checksum.update(response.body());
            assertThat(response.header("x-amz-crc32"))
                    .as("x-amz-crc32 of %s", response.text())
                    .contains(Long.toString(checksum.getValue()));
        }
    }

    @Test
    void everyDynamoDbAnswer_hasARequestIdAndTheJsonContentType() {
        WireResponse first = client.post("ListTables", "{}");
        WireResponse second = client.post("ListTables", "{");

        for (WireResponse response : new WireResponse[] {first, second}) {
            assertThat(response.header("x-amzn-RequestId"))
                    .hasValueSatisfying(id -> assertThat(id).matches("[A-Z0-9]{52}"));
            assertThat(response.header("Content-Type")).contains("application/x-amz-json-1.0");
        }
        assertThat(first.header("x-amzn-RequestId")).isNotEqualTo(second.header("x-amzn-RequestId"));
    }

    @Test
    void startingAServer_turnsOffNaglesAlgorithm() {
        // Without it an answer written in two segments waits for the client's delayed ACK (about 40 ms on Linux).
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void startingAServer_limitsTheTimeARequestAndItsResponseMayTake() {
        // Without them a client that sends half a request holds a worker forever.
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("30");
        assertThat(System.getProperty("sun.net.httpserver.maxRspTime")).isEqualTo("30");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
