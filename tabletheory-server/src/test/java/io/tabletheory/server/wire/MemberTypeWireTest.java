package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.SERIALIZATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.TableTheoryServer;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request member of the wrong JSON type is a 400 {@code SerializationException} with the text of DynamoDB's
 * request layer (Coral), e.g. {@code NUMBER_VALUE cannot be converted to String}, followed by the member's path: a
 * number, object, list or boolean where a string is expected, a JSON number for {@code N}, a decimal or a string for
 * an integer, text that is not base64 for {@code B}, a list where a map is expected, at the top level and nested in
 * items, sets, lists and transactions. Nothing is written when a request is refused.
 */
class MemberTypeWireTest {
    private static final String MAP_OF_VALUES =
            "java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>";

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

    static Stream<Arguments> wronglyTypedMembers() {
        return Stream.of(
                refused(
                        "DescribeTable",
                        "{\"TableName\": 1}",
                        "NUMBER_VALUE cannot be converted to String at 'TableName'"),
                refused(
                        "DescribeTable",
                        "{\"TableName\": 1.5}",
                        "DECIMAL_VALUE cannot be converted to String at 'TableName'"),
                refused(
                        "DescribeTable",
                        "{\"TableName\": {}}",
                        "Start of structure or map found where not expected at 'TableName'"),
                refused(
                        "DescribeTable",
                        "{\"TableName\": [\"items\"]}",
                        "Unrecognized collection type class java.lang.String at 'TableName'"),
                refused(
                        "DescribeTable",
                        "{\"TableName\": true}",
                        "TRUE_VALUE cannot be converted to String at 'TableName'"),
                refused(
                        "DescribeTable",
                        "{\"TableName\": false}",
                        "FALSE_VALUE cannot be converted to String at 'TableName'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"n\": {\"N\": 123}}}",
                        "NUMBER_VALUE cannot be converted to String at 'Item.n.N'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": 7}}}",
                        "NUMBER_VALUE cannot be converted to String at 'Item.pk.S'"),
                refused(
                        "Scan",
                        "{\"TableName\": \"items\", \"Limit\": 2.5}",
                        "DECIMAL_VALUE cannot be converted to Integer at 'Limit'"),
                refused(
                        "Query",
                        "{\"TableName\": \"items\", \"Limit\": \"5\"}",
                        "STRING_VALUE cannot be converted to Integer at 'Limit'"),
                refused(
                        "Scan",
                        "{\"TableName\": \"items\", \"Limit\": 4294967296}",
                        "NUMBER_VALUE cannot be converted to Integer at 'Limit'"),
                refused(
                        "GetItem",
                        "{\"TableName\": \"items\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"ConsistentRead\": \"yes\"}",
                        "STRING_VALUE cannot be converted to Boolean at 'ConsistentRead'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"b\": {\"B\": \"abc\"}}}",
                        "Base64 encoded length is expected a multiple of 4 bytes but found: 3 at 'Item.b.B'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"b\": {\"B\": \"ab!=\"}}}",
                        "Invalid Base64 text at 'Item.b.B': Illegal base64 character 21"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"b\": {\"B\": 12}}}",
                        "only base-64-encoded strings are convertible to bytes at 'Item.b.B'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"bs\": {\"BS\": [\"AA==\", \"%\"]}}}",
                        "Base64 encoded length is expected a multiple of 4 bytes but found: 1 at 'Item.bs.BS.1'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": [{\"pk\": {\"S\": \"a\"}}]}",
                        "Unrecognized collection type " + MAP_OF_VALUES + " at 'Item'"),
                refused("PutItem", "{\"TableName\": \"items\", \"Item\": \"pk=a\"}", "Unexpected field type at 'Item'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": \"a\"}}",
                        "Unexpected value type in payload at 'Item.pk'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": [{\"S\": \"a\"}]}}",
                        "Unrecognized collection type class com.amazonaws.dynamodb.v20120810.AttributeValue at 'Item.pk'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"ss\": {\"SS\": [\"x\", 1]}}}",
                        "NUMBER_VALUE cannot be converted to String at 'Item.ss.SS.1'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"ss\": {\"SS\": \"x\"}}}",
                        "Unexpected field type at 'Item.ss.SS'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"l\": {\"L\": [{\"S\": \"x\"}, {\"N\": 2}]}}}",
                        "NUMBER_VALUE cannot be converted to String at 'Item.l.L.1.N'"),
                refused(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"a\"}, \"m\": {\"M\": {\"f\": {\"BOOL\": \"true\"}}}}}",
                        "STRING_VALUE cannot be converted to Boolean at 'Item.m.M.f.BOOL'"),
                refused(
                        "GetItem",
                        "{\"TableName\": \"items\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"ProjectionExpression\": \"#a\","
                                + " \"ExpressionAttributeNames\": {\"#a\": 5}}",
                        "NUMBER_VALUE cannot be converted to String at 'ExpressionAttributeNames.#a'"),
                refused(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"Put\": {\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": 1}}}}]}",
                        "NUMBER_VALUE cannot be converted to String at 'TransactItems.0.Put.Item.pk.S'"),
                refused(
                        "BatchWriteItem",
                        "{\"RequestItems\": {\"items\": {\"PutRequest\": {\"Item\": {\"pk\": {\"S\": \"a\"}}}}}}",
                        "Start of structure or map found where not expected at 'RequestItems.items'"));
    }

    private static Arguments refused(String operation, String body, String message) {
        return Arguments.of(operation, body, message);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wronglyTypedMembers")
    void wronglyTypedMember_isSerializationExceptionNamingTheMember(String operation, String body, String message) {
        client.post(operation, body).assertError(400, SERIALIZATION, message);
    }

    @Test
    void refusedPut_writesNothing() {
        client.post(
                        "PutItem",
                        "{\"TableName\": \"items\", \"Item\": {\"pk\": {\"S\": \"kept-out\"}, \"n\": {\"N\": 1}}}")
                .assertError(400, SERIALIZATION, "NUMBER_VALUE cannot be converted to String at 'Item.n.N'");

        assertThat(server.store()
                        .getItem(GetItemRequest.builder("items", Map.of("pk", AttributeValue.ofString("kept-out")))
                                .build())
                        .item())
                .isEmpty();
    }
}
