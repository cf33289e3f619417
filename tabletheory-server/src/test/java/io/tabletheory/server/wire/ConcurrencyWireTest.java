package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.DYNAMODB;
import static io.tabletheory.server.wire.WireResponse.SERIALIZATION;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server under concurrent clients and on kept-alive connections: 8 clients sending 200 requests each at once,
 * a fifth of them refused (malformed JSON, wrongly typed members, unrepresentable values, failed conditions aimed at
 * another client's items), all get their correct answers, and each client's partition holds exactly what that client
 * wrote; several requests, refused ones included, answered in turn on one HTTP/1.1 connection.
 */
class ConcurrencyWireTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 200;

    private static TableTheoryServer server;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        server.store()
                .createTable(CreateTableRequest.builder("items")
                        .partitionKey("pk", ScalarAttributeType.S)
                        .sortKey("sk", ScalarAttributeType.N)
                        .build());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void concurrentClients_withSomeBadRequests_allGetTheirAnswers_andKeepTheirOwnData() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> written = new ArrayList<>();
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int owner = client;
                written.add(clients.submit(() -> {
                    start.await();
                    return sendRequests(owner, new WireClient(server.endpoint()));
                }));
            }
            start.countDown();
            for (Future<Integer> count : written) {
                assertThat(count.get(60, TimeUnit.SECONDS)).isEqualTo(REQUESTS_PER_CLIENT * 4 / 5);
            }
        } finally {
            clients.shutdownNow();
        }

        WireClient reader = new WireClient(server.endpoint());
        for (int owner = 0; owner < CLIENTS; owner++) {
            WireResponse page = reader.post(
                            "Query",
                            "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :p\","
                                    + " \"ExpressionAttributeValues\": {\":p\": {\"S\": \"client-" + owner + "\"}},"
                                    + " \"ConsistentRead\": true}")
                    .assertOk();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.member("Items");
            assertThat(items).hasSize(REQUESTS_PER_CLIENT * 4 / 5);
            for (Map<String, Object> item : items) {
                assertThat(item.get("writer")).isEqualTo(Map.of("S", "client-" + owner));
            }
            assertThat(page.member("LastEvaluatedKey")).isNull();
        }
    }

    /** Client {@code owner}'s requests: writes to its own partition, and every fifth one a request to refuse. */
    private static int sendRequests(int owner, WireClient client) {
        String ownPartition = "client-" + owner;
        String otherPartition = "client-" + ((owner + 1) % CLIENTS);
        int written = 0;
        for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
            if (request % 5 != 4) {
                client.post("PutItem", put(ownPartition, request, ownPartition, ""))
                        .assertOk("{}");
                written++;
                continue;
            }
            switch (request / 5 % 4) {
                case 0:
                    String truncated = "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"" + otherPartition;
                    client.post("PutItem", truncated)
                            .assertError(
                                    400,
                                    SERIALIZATION,
                                    "Malformed JSON: Unexpected end-of-input in VALUE_STRING (at line 1, column "
                                            + (truncated.length() + 1) + ")");
                    break;
                case 1:
                    client.post(
                                    "PutItem",
                                    "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"" + otherPartition
                                            + "\"}, \"sk\": {\"N\": " + request + "}}}")
                            .assertError(
                                    400, SERIALIZATION, "NUMBER_VALUE cannot be converted to String at 'Item.sk.N'");
                    break;
                case 2:
                    client.post("PutItem", put(otherPartition, request, ownPartition, ", \"bad\": {\"SS\": []}"))
                            .assertError(
                                    400,
                                    VALIDATION,
                                    "One or more parameter values were invalid: An string set  may not be empty");
                    break;
                default:
                    client.post(
                                    "PutItem",
                                    put(
                                            otherPartition,
                                            request - 4,
                                            ownPartition,
                                            "",
                                            ", \"ConditionExpression\":" + " \"attribute_exists(neverWritten)\""))
                            .assertError(
                                    400,
                                    DYNAMODB + "ConditionalCheckFailedException",
                                    "The conditional request failed");
            }
        }
        return written;
    }

    private static String put(String partition, int sort, String writer, String moreAttributes) {
        return put(partition, sort, writer, moreAttributes, "");
    }

    private static String put(String partition, int sort, String writer, String moreAttributes, String moreMembers) {
        return "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"" + partition + "\"}, \"sk\": {\"N\": \"" + sort
                + "\"}, \"writer\": {\"S\": \"" + writer + "\"}" + moreAttributes + "}" + moreMembers + "}";
    }

    @Test
    void keptAliveConnection_answersRequestsInTurn_refusedOnesIncluded() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            connection.sendRequest("PutItem", put("keep-alive", 1, "raw", ""));
            WireResponse first = connection.readResponse().assertOk("{}");
            connection.sendRequest("PutItem", "{\"TableName\": ");
            WireResponse second = connection.readResponse();
            connection.sendRequest(
                    "GetItem",
                    "{\"TableName\": \"items\", \"Key\": {\"pk\": {\"S\": \"keep-alive\"}, \"sk\": {\"N\": \"1\"}},"
                            + " \"ConsistentRead\": true}");
            WireResponse third = connection.readResponse();

            assertThat(first.header("Connection")).isEmpty();
            assertThat(second.status()).isEqualTo(400);
            assertThat(second.json().get("__type")).isEqualTo(SERIALIZATION);
            third.assertOk("{\"Item\": {\"pk\": {\"S\": \"keep-alive\"}, \"sk\": {\"N\": \"1\"}, \"writer\": {\"S\":"
                    + " \"raw\"}}}");
        }
    }

    @Test
    void keptAliveConnection_readsAChunkedBodyAndServesTheNextRequest() throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.endpoint())) {
            String request = put("chunked", 2, "raw", "");
            connection.sendChunkedHead("PutItem");
            connection.sendChunk(request.substring(0, 10).getBytes(StandardCharsets.UTF_8));
            connection.sendChunk(request.substring(10).getBytes(StandardCharsets.UTF_8));
            connection.sendChunk(new byte[0]);
            connection.readResponse().assertOk("{}");

            connection.sendRequest(
                    "Query",
                    "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :p\", \"ExpressionAttributeValues\":"
                            + " {\":p\": {\"S\": \"chunked\"}}, \"Select\": \"COUNT\"}");
            WireResponse count = connection.readResponse().assertOk();
            assertThat(count.member("Count")).isEqualTo(BigDecimal.ONE);
        }
    }
}
