package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.TableTheoryServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ReturnItemCollectionMetrics} on the wire: {@code ItemCollectionMetrics} with {@code ItemCollectionKey} and
 * a two-number {@code SizeEstimateRangeGB} for {@code SIZE} on a table with a local secondary index, nothing for
 * {@code NONE}, DynamoDB's enum constraint error for another value, and a list per table for BatchWriteItem.
 */
class ItemCollectionMetricsWireTest {
    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.start();
        client = new WireClient(server.endpoint());
        client.post(
                        "CreateTable",
                        "{\"TableName\": \"collections\", \"BillingMode\": \"PAY_PER_REQUEST\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"pk\", \"AttributeType\": \"S\"},"
                                + " {\"AttributeName\": \"sk\", \"AttributeType\": \"S\"},"
                                + " {\"AttributeName\": \"rank\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"},"
                                + " {\"AttributeName\": \"sk\", \"KeyType\": \"RANGE\"}],"
                                + " \"LocalSecondaryIndexes\": [{\"IndexName\": \"by-rank\","
                                + " \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\": \"HASH\"},"
                                + " {\"AttributeName\": \"rank\", \"KeyType\": \"RANGE\"}],"
                                + " \"Projection\": {\"ProjectionType\": \"ALL\"}}]}")
                .assertOk();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String put(String metrics) {
        return "{\"TableName\": \"collections\", \"Item\": {\"pk\": {\"S\": \"p\"}, \"sk\": {\"S\": \"a\"},"
                + " \"rank\": {\"S\": \"r\"}}, \"ReturnItemCollectionMetrics\": \"" + metrics + "\"}";
    }

    @Test
    void size_answersTheCollectionsKeyAndASizeRange() {
        WireResponse response = client.post("PutItem", put("SIZE")).assertOk();

        assertThat(response.member("ItemCollectionMetrics", "ItemCollectionKey"))
                .isEqualTo(Map.of("pk", Map.of("S", "p")));
        assertThat(response.member("ItemCollectionMetrics", "SizeEstimateRangeGB"))
                .isEqualTo(List.of(new BigDecimal("0.0"), new BigDecimal("1.0")));
    }

    @Test
    void none_answersNoMetrics() {
        client.post("PutItem", put("NONE")).assertOk("{}");
    }

    @Test
    void anotherValue_isDynamoDbsEnumConstraintError() {
        client.post("PutItem", put("ALL"))
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value 'ALL' at 'returnItemCollectionMetrics' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [SIZE, NONE]");
    }

    @Test
    void batchWriteItem_answersTheMetricsPerTable() {
        WireResponse response = client.post(
                        "BatchWriteItem",
                        "{\"RequestItems\": {\"collections\": [{\"PutRequest\": {\"Item\": {\"pk\": {\"S\": \"q\"},"
                                + " \"sk\": {\"S\": \"a\"}}}}]}, \"ReturnItemCollectionMetrics\": \"SIZE\"}")
                .assertOk();

        assertThat(response.member("ItemCollectionMetrics", "collections", 0, "ItemCollectionKey"))
                .isEqualTo(Map.of("pk", Map.of("S", "q")));
        assertThat(response.member("UnprocessedItems")).isEqualTo(Map.of());
    }
}
