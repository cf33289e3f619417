package io.tabletheory.server.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.server.TableTheoryServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties over generated requests: random bytes, random JSON-ish token soup, and valid requests with random
 * members from DynamoDB's vocabulary merged in (at the top, into the item or key, or as expression attribute
 * values; the classic parameters' members included), sent to random targets (every operation, unknown ones, none), never get a 5xx
 * answer, always get a JSON body ({@code __type} and a message when refused), and never stop the server: after each
 * property the health check and an ordinary request still succeed.
 */
class FuzzWireTest {
    private static final List<String> TARGETS = List.of(
            "DynamoDB_20120810.CreateTable",
            "DynamoDB_20120810.DescribeTable",
            "DynamoDB_20120810.DeleteTable",
            "DynamoDB_20120810.ListTables",
            "DynamoDB_20120810.UpdateTimeToLive",
            "DynamoDB_20120810.DescribeTimeToLive",
            "DynamoDB_20120810.DescribeEndpoints",
            "DynamoDB_20120810.PutItem",
            "DynamoDB_20120810.GetItem",
            "DynamoDB_20120810.UpdateItem",
            "DynamoDB_20120810.DeleteItem",
            "DynamoDB_20120810.Query",
            "DynamoDB_20120810.Scan",
            "DynamoDB_20120810.BatchGetItem",
            "DynamoDB_20120810.BatchWriteItem",
            "DynamoDB_20120810.TransactWriteItems",
            "DynamoDB_20120810.TransactGetItems",
            "DynamoDB_20120810.Nope",
            "DynamoDB_20120810.",
            "PutItem",
            "");
    private static final List<String> TOKENS = List.of(
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"",
            "\"TableName\"",
            "\"items\"",
            "\"Item\"",
            "\"Key\"",
            "\"pk\"",
            "\"sk\"",
            "{\"S\":\"a\"}",
            "{\"N\":\"1\"}",
            "\"S\"",
            "\"N\"",
            "\"B\"",
            "\"SS\"",
            "\"NS\"",
            "\"M\"",
            "\"L\"",
            "\"NULL\"",
            "\"BOOL\"",
            "true",
            "false",
            "null",
            "0",
            "-1",
            "1e400",
            "1.5",
            "\"1e126\"",
            "\"Limit\"",
            "\"KeyConditionExpression\"",
            "\"pk = :v\"",
            "\"ExpressionAttributeValues\"",
            "\":v\"",
            "\"RequestItems\"",
            "\"TransactItems\"",
            "\"Put\"",
            "\"Get\"",
            "\"Select\"",
            "\"COUNT\"",
            "\"AAEC\"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\\",
            "/*",
            "\u00e9",
            " ",
            "\n");

    private static final String ITEM_KEY = "{\"pk\": {\"S\": \"a\"}, \"sk\": {\"N\": \"1\"}}";
    private static final Map<String, String> VALID_REQUESTS = Map.ofEntries(
            Map.entry(
                    "CreateTable",
                    "{\"TableName\": \"fresh\", \"AttributeDefinitions\": [{\"AttributeName\": \"pk\","
                            + " \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\":"
                            + " \"HASH\"}], \"BillingMode\": \"PAY_PER_REQUEST\"}"),
            Map.entry("DescribeTable", "{\"TableName\": \"items\"}"),
            Map.entry("DeleteTable", "{\"TableName\": \"items\"}"),
            Map.entry("DescribeTimeToLive", "{\"TableName\": \"items\"}"),
            Map.entry(
                    "UpdateTimeToLive",
                    "{\"TableName\": \"items\", \"TimeToLiveSpecification\": {\"AttributeName\": \"ttl\","
                            + " \"Enabled\": true}}"),
            Map.entry("PutItem", "{\"TableName\": \"items\", \"Item\": " + ITEM_KEY + "}"),
            Map.entry("GetItem", "{\"TableName\": \"items\", \"Key\": " + ITEM_KEY + "}"),
            Map.entry("DeleteItem", "{\"TableName\": \"items\", \"Key\": " + ITEM_KEY + "}"),
            Map.entry(
                    "UpdateItem",
                    "{\"TableName\": \"items\", \"Key\": " + ITEM_KEY + ", \"UpdateExpression\": \"SET #n = :v\","
                            + " \"ExpressionAttributeNames\": {\"#n\": \"n\"}, \"ExpressionAttributeValues\":"
                            + " {\":v\": {\"N\": \"1\"}}}"),
            Map.entry(
                    "Query",
                    "{\"TableName\": \"items\", \"KeyConditionExpression\": \"pk = :v\","
                            + " \"ExpressionAttributeValues\": {\":v\": {\"S\": \"a\"}}}"),
            Map.entry("Scan", "{\"TableName\": \"items\"}"),
            Map.entry("BatchGetItem", "{\"RequestItems\": {\"items\": {\"Keys\": [" + ITEM_KEY + "]}}}"),
            Map.entry(
                    "BatchWriteItem",
                    "{\"RequestItems\": {\"items\": [{\"PutRequest\": {\"Item\": " + ITEM_KEY + "}}]}}"),
            Map.entry(
                    "TransactWriteItems",
                    "{\"TransactItems\": [{\"Put\": {\"TableName\": \"items\", \"Item\": " + ITEM_KEY + "}}]}"),
            Map.entry(
                    "TransactGetItems",
                    "{\"TransactItems\": [{\"Get\": {\"TableName\": \"items\", \"Key\": " + ITEM_KEY + "}}]}"));
    private static final CreateTableRequest ITEMS = CreateTableRequest.builder("items")
            .partitionKey("pk", ScalarAttributeType.S)
            .sortKey("sk", ScalarAttributeType.N)
            .build();

    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.builder().maxRequestBytes(64 * 1024).start();
        server.store().createTable(ITEMS);
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void serverStillServes() {
        assertThat(client.get().status()).isEqualTo(200);
        client.post("DescribeEndpoints", "{}").assertOk();
    }

    @Test
    void randomBytes_toRandomTargets_areAnsweredWithoutAServerError() {
        Gen<byte[]> bytes =
                Generate.byteArrays(Generate.range(0, 300), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        qt().withExamples(300)
                .forAll(Generate.pick(TARGETS), bytes)
                .checkAssert(FuzzWireTest::answeredWithoutServerError);
    }

    @Test
    void randomTokenSoup_toRandomTargets_isAnsweredWithoutAServerError() {
        Gen<byte[]> soup = lists().of(Generate.pick(TOKENS))
                .ofSizeBetween(0, 40)
                .map(tokens -> String.join("", tokens).getBytes(StandardCharsets.UTF_8));
        qt().withExamples(500)
                .forAll(Generate.pick(TARGETS), soup)
                .checkAssert(FuzzWireTest::answeredWithoutServerError);
    }

    @Test
    void randomWellFormedRequests_toRandomTargets_areAnsweredWithoutAServerError() {
        Gen<List<Integer>> choices = lists().of(integers().between(0, 1000)).ofSizeBetween(0, 80);
        qt().withExamples(1500).forAll(Generate.pick(TARGETS), choices).checkAssert((target, sketch) -> {
            answeredWithoutServerError(target, mutatedRequest(target, sketch).getBytes(StandardCharsets.UTF_8));
            recreateTheTableIfDeleted();
        });
    }

    /**
     * A valid request for the target with a generated sketch merged in: its members replace the request's own (mode
     * 0), the item's or key's attributes (mode 1), or the expression attribute values (mode 2).
     */
    @SuppressWarnings("unchecked")
    private static String mutatedRequest(String target, List<Integer> choices) {
        Map<String, Object> request = (Map<String, Object>)
                WireJson.parse(VALID_REQUESTS.getOrDefault(target.substring(target.indexOf('.') + 1), "{}"));
        Map<String, Object> sketch = (Map<String, Object>) WireJson.parse(JsonSketch.object(choices));
        int mode = choices.isEmpty() ? 0 : choices.get(0) % 3;
        if (mode == 1 && request.get("Item") instanceof Map) {
            ((Map<String, Object>) request.get("Item")).putAll(sketch);
        } else if (mode == 1 && request.get("Key") instanceof Map) {
            ((Map<String, Object>) request.get("Key")).putAll(sketch);
        } else if (mode == 2) {
            request.put("ExpressionAttributeValues", sketch);
        } else {
            request.putAll(sketch);
        }
        return WireJson.write(request);
    }

    private static void recreateTheTableIfDeleted() {
        try {
            server.store().createTable(ITEMS);
        } catch (ResourceInUseException exists) {
            // still there, as it should mostly be
        }
    }

    @Test
    void jsonSketch_buildsWellFormedObjects() {
        List<String> sketches = new ArrayList<>();
        for (int seed = 0; seed < 200; seed++) {
            List<Integer> choices = new Random(seed).ints(80, 0, 1000).boxed().collect(Collectors.toList());
            sketches.add(JsonSketch.object(choices));
        }
        for (String sketch : sketches) {
            assertThat(WireJson.parse(sketch)).as(sketch).isInstanceOf(Map.class);
        }
        assertThat(JsonSketch.object(List.of())).isEqualTo("{}");
    }

    private static void answeredWithoutServerError(String target, byte[] body) {
        WireResponse response = client.postTarget(target.isEmpty() ? null : target, body);
        String request = target + " " + new String(body, StandardCharsets.UTF_8);
        assertThat(response.status())
                .as("status for %s: %s", request, response.text())
                .isIn(200, 400, 413);
        if (response.status() != 200) {
            assertThat(response.json().get("__type"))
                    .as("__type for %s", request)
                    .isInstanceOf(String.class);
            assertThat(response.message()).as("message for %s", request).isNotNull();
        } else {
            assertThat(response.json()).as("body for %s", request).isNotNull();
        }
    }
}
