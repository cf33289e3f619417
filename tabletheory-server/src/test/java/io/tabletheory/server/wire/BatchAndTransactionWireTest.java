package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.DYNAMODB;
import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.BatchWriteItemRequest;
import io.tabletheory.api.request.BatchWriteItemResult;
import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItem;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.TableTheoryServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems on the wire. A server over the in-memory
 * emulator runs them all and answers in DynamoDB's shapes; their mapping is checked against a {@link RecordingStore}: each request decodes into the api record expected, and
 * each canned result or {@link TransactionCanceledException} is encoded in DynamoDB's shapes ({@code Responses},
 * {@code UnprocessedKeys}, {@code UnprocessedItems}, {@code CancellationReasons} with {@code Code}, {@code Message}
 * and {@code Item}, {@code ConsumedCapacity} lists). Unprocessed keys and items come back in the request's own shape,
 * so a client can send them again as they are.
 */
class BatchAndTransactionWireTest {
    private static final Map<String, AttributeValue> ANN = item("id", s("u1"), "name", s("Ann"));
    private static final Map<String, AttributeValue> KEY_U1 = item("id", s("u1"));
    private static final Map<String, AttributeValue> KEY_U2 = item("id", s("u2"));
    private static final Map<String, AttributeValue> ORDER_KEY = item("pk", n("7"));

    private static final RecordingStore store = new RecordingStore();
    private static TableTheoryServer recording;
    private static TableTheoryServer emulator;
    private static WireClient client;

    @BeforeAll
    static void startServers() {
        recording = TableTheoryServer.builder().store(store).start();
        emulator = TableTheoryServer.start();
        client = new WireClient(recording.endpoint());
    }

    @AfterAll
    static void stopServers() {
        recording.close();
        emulator.close();
    }

    @BeforeEach
    void forgetTheLastRequest() {
        store.reset();
    }

    @Test
    void onTheEmulator_transactionsRunAndAnswerInDynamoDbsShapes() {
        WireClient served = new WireClient(emulator.endpoint());
        served.post(
                        "CreateTable",
                        "{\"TableName\": \"transacted\", \"BillingMode\": \"PAY_PER_REQUEST\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}")
                .assertOk();
        served.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"Put\": {\"TableName\": \"transacted\","
                                + " \"Item\": {\"id\": {\"S\": \"u1\"}}}}]}")
                .assertOk("{}");
        served.post(
                        "TransactGetItems",
                        "{\"TransactItems\": [{\"Get\": {\"TableName\": \"transacted\", \"Key\": {\"id\": {\"S\": \"u1\"}}}},"
                                + " {\"Get\": {\"TableName\": \"transacted\", \"Key\": {\"id\": {\"S\": \"u2\"}}}}]}")
                .assertOk("{\"Responses\":[{\"Item\":{\"id\":{\"S\":\"u1\"}}},{}]}");
        WireResponse cancelled = served.post(
                "TransactWriteItems",
                "{\"TransactItems\": [{\"ConditionCheck\": {\"TableName\": \"transacted\","
                        + " \"Key\": {\"id\": {\"S\": \"u1\"}}, \"ConditionExpression\": \"attribute_not_exists(id)\","
                        + " \"ReturnValuesOnConditionCheckFailure\": \"ALL_OLD\"}}]}");

        assertThat(cancelled.status()).isEqualTo(400);
        assertThat(cancelled.json())
                .isEqualTo(WireJson.parse("{\"__type\": \"" + DYNAMODB + "TransactionCanceledException\","
                        + " \"Message\": \"Transaction cancelled, please refer cancellation reasons for specific reasons"
                        + " [ConditionalCheckFailed]\", \"CancellationReasons\": [{\"Code\": \"ConditionalCheckFailed\","
                        + " \"Message\": \"The conditional request failed\", \"Item\": {\"id\": {\"S\": \"u1\"}}}]}"));
    }

    @Test
    void onTheEmulator_batchesRunAndAnswerInDynamoDbsShapes() {
        WireClient served = new WireClient(emulator.endpoint());
        served.post(
                        "CreateTable",
                        "{\"TableName\": \"batched\", \"BillingMode\": \"PAY_PER_REQUEST\","
                                + " \"AttributeDefinitions\": [{\"AttributeName\": \"id\", \"AttributeType\": \"S\"}],"
                                + " \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}")
                .assertOk();
        served.post(
                        "BatchWriteItem",
                        "{\"RequestItems\": {\"batched\": [{\"PutRequest\": {\"Item\": {\"id\": {\"S\": \"u1\"}}}}]}}")
                .assertOk("{\"UnprocessedItems\":{}}");
        served.post(
                        "BatchGetItem",
                        "{\"RequestItems\": {\"batched\": {\"Keys\": [{\"id\": {\"S\": \"u1\"}}, {\"id\": {\"S\": \"u2\"}}]}}}")
                .assertOk("{\"Responses\":{\"batched\":[{\"id\":{\"S\":\"u1\"}}]},\"UnprocessedKeys\":{}}");
    }

    @Test
    void batchGetItem_decodesEveryTablesKeysAndSettings() {
        store.answerWith(new BatchGetItemResult(Map.of(), Map.of(), List.of()));

        client.post(
                        "BatchGetItem",
                        "{\"RequestItems\": {"
                                + "\"users\": {\"Keys\": [{\"id\": {\"S\": \"u1\"}}, {\"id\": {\"S\": \"u2\"}}],"
                                + " \"ConsistentRead\": true, \"ProjectionExpression\": \"#n, id\","
                                + " \"ExpressionAttributeNames\": {\"#n\": \"name\"}},"
                                + " \"orders\": {\"Keys\": [{\"pk\": {\"N\": \"07.0\"}}]}},"
                                + " \"ReturnConsumedCapacity\": \"TOTAL\"}")
                .assertOk("{\"Responses\": {}, \"UnprocessedKeys\": {}}");

        assertThat(store.received(BatchGetItemRequest.class))
                .isEqualTo(new BatchGetItemRequest(
                        ordered(
                                "users",
                                new KeysAndAttributes(
                                        List.of(KEY_U1, KEY_U2), true, Optional.of("#n, id"), Map.of("#n", "name")),
                                "orders",
                                KeysAndAttributes.of(List.of(ORDER_KEY))),
                        ReturnConsumedCapacity.TOTAL));
    }

    @Test
    void batchGetItem_encodesResponsesUnprocessedKeysAndConsumedCapacity() {
        KeysAndAttributes unprocessed =
                new KeysAndAttributes(List.of(KEY_U2), true, Optional.of("#n, id"), Map.of("#n", "name"));
        store.answerWith(new BatchGetItemResult(
                ordered("users", List.of(ANN), "orders", List.of()),
                Map.of("users", unprocessed),
                List.of(ConsumedCapacity.total("users", 1.0, 0.0), ConsumedCapacity.total("orders", 0.5, 0.0))));

        WireResponse response = client.post(
                        "BatchGetItem", "{\"RequestItems\": {\"users\": {\"Keys\": [{\"id\": {\"S\": \"u1\"}}]}}}")
                .assertOk("{\"Responses\": {\"users\": [{\"id\": {\"S\": \"u1\"}, \"name\": {\"S\": \"Ann\"}}],"
                        + " \"orders\": []},"
                        + " \"UnprocessedKeys\": {\"users\": {\"Keys\": [{\"id\": {\"S\": \"u2\"}}], \"ConsistentRead\":"
                        + " true, \"ProjectionExpression\": \"#n, id\", \"ExpressionAttributeNames\": {\"#n\":"
                        + " \"name\"}}},"
                        + " \"ConsumedCapacity\": [{\"TableName\": \"users\", \"CapacityUnits\": 1.0,"
                        + " \"ReadCapacityUnits\": 1.0, \"WriteCapacityUnits\": 0.0}, {\"TableName\": \"orders\","
                        + " \"CapacityUnits\": 0.5, \"ReadCapacityUnits\": 0.5, \"WriteCapacityUnits\": 0.0}]}");

        String unprocessedKeys = WireJson.write(response.member("UnprocessedKeys"));
        store.answerWith(new BatchGetItemResult(Map.of(), Map.of(), List.of()));
        client.post("BatchGetItem", "{\"RequestItems\": " + unprocessedKeys + "}")
                .assertOk();
        assertThat(store.received(BatchGetItemRequest.class).requestItems()).isEqualTo(Map.of("users", unprocessed));
    }

    @Test
    void batchWriteItem_decodesPutsAndDeletesPerTable() {
        store.answerWith(new BatchWriteItemResult(Map.of(), List.of()));

        client.post(
                        "BatchWriteItem",
                        "{\"RequestItems\": {"
                                + "\"users\": [{\"PutRequest\": {\"Item\": {\"id\": {\"S\": \"u1\"}, \"name\": {\"S\":"
                                + " \"Ann\"}}}}, {\"DeleteRequest\": {\"Key\": {\"id\": {\"S\": \"u2\"}}}}],"
                                + " \"orders\": [{\"DeleteRequest\": {\"Key\": {\"pk\": {\"N\": \"7\"}}}}]},"
                                + " \"ReturnConsumedCapacity\": \"INDEXES\"}")
                .assertOk("{\"UnprocessedItems\": {}}");

        assertThat(store.received(BatchWriteItemRequest.class))
                .isEqualTo(new BatchWriteItemRequest(
                        ordered(
                                "users",
                                List.of(new WriteRequest.Put(ANN), new WriteRequest.Delete(KEY_U2)),
                                "orders",
                                List.of(new WriteRequest.Delete(ORDER_KEY))),
                        ReturnConsumedCapacity.INDEXES));
    }

    @Test
    void batchWriteItem_encodesUnprocessedItemsInTheRequestsShape() {
        store.answerWith(new BatchWriteItemResult(
                ordered(
                        "users",
                        List.of(new WriteRequest.Put(ANN)),
                        "orders",
                        List.of(new WriteRequest.Delete(ORDER_KEY))),
                List.of(ConsumedCapacity.total("users", 0.0, 2.0))));

        WireResponse response = client.post(
                        "BatchWriteItem",
                        "{\"RequestItems\": {\"users\": [{\"DeleteRequest\": {\"Key\": {\"id\": {\"S\": \"u2\"}}}}]}}")
                .assertOk("{\"UnprocessedItems\": {"
                        + "\"users\": [{\"PutRequest\": {\"Item\": {\"id\": {\"S\": \"u1\"}, \"name\": {\"S\": \"Ann\"}}}}],"
                        + " \"orders\": [{\"DeleteRequest\": {\"Key\": {\"pk\": {\"N\": \"7\"}}}}]},"
                        + " \"ConsumedCapacity\": [{\"TableName\": \"users\", \"CapacityUnits\": 2.0,"
                        + " \"ReadCapacityUnits\": 0.0, \"WriteCapacityUnits\": 2.0}]}");

        String unprocessedItems = WireJson.write(response.member("UnprocessedItems"));
        store.answerWith(new BatchWriteItemResult(Map.of(), List.of()));
        client.post("BatchWriteItem", "{\"RequestItems\": " + unprocessedItems + "}")
                .assertOk();
        assertThat(store.received(BatchWriteItemRequest.class).requestItems())
                .isEqualTo(ordered(
                        "users",
                        List.of(new WriteRequest.Put(ANN)),
                        "orders",
                        List.of(new WriteRequest.Delete(ORDER_KEY))));
    }

    @Test
    void batchWriteItem_withAWriteRequestHoldingBothKinds_isRefusedBeforeTheStore() {
        client.post(
                        "BatchWriteItem",
                        "{\"RequestItems\": {\"users\": [{\"PutRequest\": {\"Item\": {\"id\": {\"S\": \"u1\"}}},"
                                + " \"DeleteRequest\": {\"Key\": {\"id\": {\"S\": \"u1\"}}}}]}}")
                .assertError(
                        400,
                        VALIDATION,
                        "A WriteRequest must contain exactly one of PutRequest and DeleteRequest; the one at"
                                + " 'RequestItems.users.0' has both");
        client.post("BatchWriteItem", "{\"RequestItems\": {\"users\": [{}]}}")
                .assertError(
                        400,
                        VALIDATION,
                        "A WriteRequest must contain exactly one of PutRequest and DeleteRequest; the one at"
                                + " 'RequestItems.users.0' has neither");
        client.post("BatchGetItem", "{}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value null at 'requestItems' failed to satisfy constraint: Member"
                                + " must not be null");

        assertThat(store.receivedAnything()).isFalse();
    }

    @Test
    void transactWriteItems_decodesEveryKindOfAction() {
        store.answerWith(new TransactWriteItemsResult(List.of()));

        client.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": ["
                                + "{\"ConditionCheck\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u1\"}},"
                                + " \"ConditionExpression\": \"attribute_exists(id)\"}},"
                                + " {\"Put\": {\"TableName\": \"users\", \"Item\": {\"id\": {\"S\": \"u1\"}, \"name\":"
                                + " {\"S\": \"Ann\"}}, \"ConditionExpression\": \"#n <> :n\", \"ExpressionAttributeNames\":"
                                + " {\"#n\": \"name\"}, \"ExpressionAttributeValues\": {\":n\": {\"S\": \"Bob\"}},"
                                + " \"ReturnValuesOnConditionCheckFailure\": \"ALL_OLD\"}},"
                                + " {\"Update\": {\"TableName\": \"orders\", \"Key\": {\"pk\": {\"N\": \"7\"}},"
                                + " \"UpdateExpression\": \"ADD quantity :one\", \"ExpressionAttributeValues\": {\":one\":"
                                + " {\"N\": \"1\"}}}},"
                                + " {\"Delete\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u2\"}}}}],"
                                + " \"ClientRequestToken\": \"token-1\", \"ReturnConsumedCapacity\": \"TOTAL\"}")
                .assertOk("{}");

        assertThat(store.received(TransactWriteItemsRequest.class))
                .isEqualTo(new TransactWriteItemsRequest(
                        List.of(
                                new TransactWriteItem.ConditionCheck(
                                        "users",
                                        KEY_U1,
                                        Optional.of("attribute_exists(id)"),
                                        Map.of(),
                                        Map.of(),
                                        ReturnValuesOnConditionCheckFailure.NONE),
                                new TransactWriteItem.Put(
                                        "users",
                                        ANN,
                                        Optional.of("#n <> :n"),
                                        Map.of("#n", "name"),
                                        Map.of(":n", s("Bob")),
                                        ReturnValuesOnConditionCheckFailure.ALL_OLD),
                                new TransactWriteItem.Update(
                                        "orders",
                                        ORDER_KEY,
                                        "ADD quantity :one",
                                        Optional.empty(),
                                        Map.of(),
                                        Map.of(":one", n("1")),
                                        ReturnValuesOnConditionCheckFailure.NONE),
                                new TransactWriteItem.Delete(
                                        "users",
                                        KEY_U2,
                                        Optional.empty(),
                                        Map.of(),
                                        Map.of(),
                                        ReturnValuesOnConditionCheckFailure.NONE)),
                        Optional.of("token-1"),
                        ReturnConsumedCapacity.TOTAL));
    }

    @Test
    void transactWriteItems_encodesConsumedCapacity() {
        store.answerWith(new TransactWriteItemsResult(List.of(ConsumedCapacity.total("users", 0.0, 4.0))));

        client.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"Delete\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\":"
                                + " \"u2\"}}}}], \"ReturnConsumedCapacity\": \"TOTAL\"}")
                .assertOk("{\"ConsumedCapacity\": [{\"TableName\": \"users\", \"CapacityUnits\": 4.0,"
                        + " \"ReadCapacityUnits\": 0.0, \"WriteCapacityUnits\": 4.0}]}");
    }

    @Test
    void cancelledTransaction_isTransactionCanceledWithOneReasonPerAction() {
        String message = "Transaction cancelled, please refer cancellation reasons for specific reasons"
                + " [None, ConditionalCheckFailed, ValidationError]";
        store.answerWith(new TransactionCanceledException(
                message,
                List.of(
                        CancellationReason.of(CancellationReason.NONE, ""),
                        new CancellationReason(
                                CancellationReason.CONDITIONAL_CHECK_FAILED, "The conditional request failed", ANN),
                        CancellationReason.of(
                                "ValidationError",
                                "One or more parameter values were invalid: Type mismatch for key id expected: S"
                                        + " actual: N"))));

        WireResponse response = client.post(
                "TransactWriteItems",
                "{\"TransactItems\": [{\"Delete\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u2\"}}}}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json())
                .isEqualTo(WireJson.parse("{\"__type\": \"" + DYNAMODB + "TransactionCanceledException\","
                        + " \"Message\": \"" + message + "\", \"CancellationReasons\": ["
                        + "{\"Code\": \"None\"},"
                        + " {\"Code\": \"ConditionalCheckFailed\", \"Message\": \"The conditional request failed\","
                        + " \"Item\": {\"id\": {\"S\": \"u1\"}, \"name\": {\"S\": \"Ann\"}}},"
                        + " {\"Code\": \"ValidationError\", \"Message\": \"One or more parameter values were invalid:"
                        + " Type mismatch for key id expected: S actual: N\"}]}"));
    }

    @Test
    void transactWriteItems_withAnActionOfNoneOrTwoKinds_isRefusedBeforeTheStore() {
        client.post("TransactWriteItems", "{\"TransactItems\": [{}]}")
                .assertError(400, VALIDATION, "TransactItems can only contain one of Check, Put, Update or Delete");
        client.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"Put\": {\"TableName\": \"users\", \"Item\": {\"id\": {\"S\": \"u1\"}}},"
                                + " \"Delete\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u1\"}}}}]}")
                .assertError(400, VALIDATION, "TransactItems can only contain one of Check, Put, Update or Delete");
        client.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"ConditionCheck\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\":"
                                + " \"u1\"}}}}]}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value null at"
                                + " 'transactItems.1.member.conditionCheck.conditionExpression' failed to satisfy"
                                + " constraint: Member must not be null");
        client.post(
                        "TransactWriteItems",
                        "{\"TransactItems\": [{\"Update\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\":"
                                + " \"u1\"}}}}]}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value null at 'transactItems.1.member.update.updateExpression'"
                                + " failed to satisfy constraint: Member must not be null");
        client.post("TransactGetItems", "{}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member"
                                + " must not be null");

        assertThat(store.receivedAnything()).isFalse();
    }

    @Test
    void transactGetItems_decodesTheGetsAndEncodesOneResponsePerGet() {
        store.answerWith(new TransactGetItemsResult(
                List.of(Optional.of(ANN), Optional.empty()), List.of(ConsumedCapacity.total("users", 4.0, 0.0))));

        client.post(
                        "TransactGetItems",
                        "{\"TransactItems\": ["
                                + "{\"Get\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u1\"}},"
                                + " \"ProjectionExpression\": \"id, #n\", \"ExpressionAttributeNames\": {\"#n\":"
                                + " \"name\"}}},"
                                + " {\"Get\": {\"TableName\": \"users\", \"Key\": {\"id\": {\"S\": \"u2\"}}}}],"
                                + " \"ReturnConsumedCapacity\": \"TOTAL\"}")
                .assertOk("{\"Responses\": [{\"Item\": {\"id\": {\"S\": \"u1\"}, \"name\": {\"S\": \"Ann\"}}}, {}],"
                        + " \"ConsumedCapacity\": [{\"TableName\": \"users\", \"CapacityUnits\": 4.0,"
                        + " \"ReadCapacityUnits\": 4.0, \"WriteCapacityUnits\": 0.0}]}");

        assertThat(store.received(TransactGetItemsRequest.class))
                .isEqualTo(new TransactGetItemsRequest(
                        List.of(
                                new TransactGetItem("users", KEY_U1, Optional.of("id, #n"), Map.of("#n", "name")),
                                TransactGetItem.of("users", KEY_U2)),
                        ReturnConsumedCapacity.TOTAL));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.ofNumber(value);
    }

    private static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            item.put((String) namesAndValues[index], (AttributeValue) namesAndValues[index + 1]);
        }
        return item;
    }

    private static <V> Map<String, V> ordered(String firstKey, V firstValue, String secondKey, V secondValue) {
        Map<String, V> map = new LinkedHashMap<>();
        map.put(firstKey, firstValue);
        map.put(secondKey, secondValue);
        return map;
    }
}
