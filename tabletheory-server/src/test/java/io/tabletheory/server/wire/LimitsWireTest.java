package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.SERIALIZATION;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.server.TableTheoryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies at the server's own limits answer 400, never 500: JSON nested up to 1000 levels reaches the emulator (which
 * refuses items nested past DynamoDB's 32 levels), deeper JSON is a {@code SerializationException}, and a number of
 * 160 KB of digits is refused with DynamoDB's own error after one pass over it. The limits shared with DynamoDB
 * (attribute names, expression length and nesting) are in the contract suite's {@code LimitsContract}.
 */
class LimitsWireTest {
    private static final String ITEM_TOO_DEEP =
            "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported"
                    + " limit";
    private static final String JSON_TOO_DEEP = "The request body nests JSON objects and arrays more than 1000 levels";

    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        server.store()
                .createTable(CreateTableRequest.builder("items")
                        .partitionKey("pk", ScalarAttributeType.S)
                        .build());
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void jsonNestedUpTo1000Levels_reachesTheEmulator() {
        assertThat(jsonDepth(putNestedLists(498, "{\"S\":\"v\"}"))).isEqualTo(999);
        assertThat(jsonDepth(putNestedLists(498, "{\"L\":[]}"))).isEqualTo(1000);

        client.post("PutItem", putNestedLists(498, "{\"S\":\"v\"}")).assertError(400, VALIDATION, ITEM_TOO_DEEP);
        client.post("PutItem", putNestedLists(498, "{\"L\":[]}")).assertError(400, VALIDATION, ITEM_TOO_DEEP);
        client.post("PutItem", putNestedLists(30, "{\"S\":\"v\"}")).assertOk("{}");
    }

    @Test
    void jsonNestedDeeperThan1000Levels_isASerializationException() {
        assertThat(jsonDepth(putNestedLists(499, "{\"S\":\"v\"}"))).isEqualTo(1001);

        assertSerializationError(client.post("PutItem", putNestedLists(499, "{\"S\":\"v\"}")));
        assertSerializationError(client.post("PutItem", putNestedLists(100_000, "{\"S\":\"v\"}")));
        assertSerializationError(client.post("PutItem", "[".repeat(200_000)));
        client.post("ListTables", "{}").assertOk();
    }

    @Test
    void aNumberOf160KilobytesOfDigits_isRefusedWithDynamoDbsError() {
        String digits = "9".repeat(160 * 1024);

        client.post(
                        "PutItem",
                        "{\"TableName\":\"items\",\"Item\":{\"pk\":{\"S\":\"n\"},\"n\":{\"N\":\"" + digits + "\"}}}")
                .assertError(
                        400,
                        VALIDATION,
                        "Number overflow. Attempting to store a number with magnitude larger than supported range");
        client.post(
                        "PutItem",
                        "{\"TableName\":\"items\",\"Item\":{\"pk\":{\"S\":\"n\"},\"n\":{\"N\":\"0." + digits + "\"}}}")
                .assertError(400, VALIDATION, "Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void aJsonNumberOfMoreThan1000Digits_isASerializationException() {
        client.post("ListTables", "{\"Limit\": " + "1".repeat(1000) + "}")
                .assertError(400, SERIALIZATION, "NUMBER_VALUE cannot be converted to Integer at 'Limit'");
        client.post("ListTables", "{\"Limit\": " + "1".repeat(1001) + "}")
                .assertError(
                        400,
                        SERIALIZATION,
                        "Malformed JSON: Number value length (1001) exceeds the maximum allowed (1000)");
    }

    private static void assertSerializationError(WireResponse response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains(SERIALIZATION).contains(JSON_TOO_DEEP);
    }

    /** A PutItem whose attribute {@code x} is {@code levels} nested lists around {@code innermost}. */
    private static String putNestedLists(int levels, String innermost) {
        return "{\"TableName\":\"items\",\"Item\":{\"pk\":{\"S\":\"deep\"},\"x\":" + "{\"L\":[".repeat(levels)
                + innermost + "]}".repeat(levels) + "}}";
    }

    private static int jsonDepth(String json) {
        int depth = 0;
        int deepest = 0;
        for (char c : json.toCharArray()) {
            if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
