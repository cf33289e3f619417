package io.tabletheory.server.wire;

import static io.tabletheory.server.wire.WireResponse.VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.BatchGetItemRequest;
import io.tabletheory.api.request.BatchGetItemResult;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.GetItemResult;
import io.tabletheory.api.request.KeysAndAttributes;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.server.TableTheoryServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classic (pre-expression) members on the wire: each decodes into the api record's classic component
 * ({@code Expected}, {@code ConditionalOperator}, {@code AttributeUpdates}, {@code KeyConditions}, {@code
 * QueryFilter}, {@code ScanFilter}, {@code AttributesToGet}, the last inside BatchGetItem's tables too, and echoed
 * in its UnprocessedKeys), checked against a {@link RecordingStore}; what only the raw JSON shows (an enum value
 * outside its set, a missing ComparisonOperator, an empty AttributesToGet) is DynamoDB's constraint error.
 */
class ClassicParametersWireTest {
    private static final RecordingStore store = new RecordingStore();
    private static TableTheoryServer server;
    private static WireClient client;

    @BeforeAll
    static void startServer() {
        server = TableTheoryServer.builder().store(store).start();
        client = new WireClient(server.endpoint());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetTheLastRequest() {
        store.reset();
    }

    @Test
    void expectedAndConditionalOperator_decodeIntoThePutItemRequest() {
        store.answerWith(new PutItemResult(Map.of(), Optional.empty()));

        client.post(
                        "PutItem",
                        "{\"TableName\": \"t\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"Expected\": {\"pk\": {\"Exists\":"
                                + " false}, \"n\": {\"Value\": {\"N\": \"1\"}}, \"s\": {\"ComparisonOperator\":"
                                + " \"BETWEEN\", \"AttributeValueList\": [{\"S\": \"a\"}, {\"S\": \"c\"}]}},"
                                + " \"ConditionalOperator\": \"OR\"}")
                .assertOk("{}");

        PutItemRequest request = store.received(PutItemRequest.class);
        assertThat(request.expected())
                .containsExactly(
                        Map.entry("pk", ExpectedAttributeValue.missing()),
                        Map.entry("n", ExpectedAttributeValue.equalTo(AttributeValue.ofNumber("1"))),
                        Map.entry(
                                "s",
                                ExpectedAttributeValue.satisfying(ClassicCondition.of(
                                        ComparisonOperator.BETWEEN,
                                        AttributeValue.ofString("a"),
                                        AttributeValue.ofString("c")))));
        assertThat(request.conditionalOperator()).contains(ConditionalOperator.OR);
    }

    @Test
    void attributeUpdates_decodeIntoTheUpdateItemRequest_actionDefaultingToPut() {
        store.answerWith(new UpdateItemResult(Map.of(), Optional.empty()));

        client.post(
                        "UpdateItem",
                        "{\"TableName\": \"t\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"AttributeUpdates\": {\"a\":"
                                + " {\"Value\": {\"S\": \"x\"}}, \"b\": {\"Action\": \"ADD\", \"Value\": {\"N\": \"2\"}},"
                                + " \"c\": {\"Action\": \"DELETE\"}}}")
                .assertOk("{}");

        assertThat(store.received(UpdateItemRequest.class).attributeUpdates())
                .containsExactly(
                        Map.entry("a", AttributeValueUpdate.put(AttributeValue.ofString("x"))),
                        Map.entry("b", AttributeValueUpdate.add(AttributeValue.ofNumber("2"))),
                        Map.entry("c", AttributeValueUpdate.remove()));
    }

    @Test
    void queryMembers_decodeIntoTheQueryRequest() {
        store.answerWith(new PageResult(List.of(), 0, 0, Map.of(), Optional.empty()));

        client.post(
                        "Query",
                        "{\"TableName\": \"t\", \"KeyConditions\": {\"pk\": {\"ComparisonOperator\": \"EQ\","
                                + " \"AttributeValueList\": [{\"S\": \"a\"}]}}, \"QueryFilter\": {\"n\":"
                                + " {\"ComparisonOperator\": \"NOT_NULL\"}}, \"ConditionalOperator\": \"AND\","
                                + " \"AttributesToGet\": [\"pk\", \"n\"]}")
                .assertOk("{\"Items\": [], \"Count\": 0, \"ScannedCount\": 0}");

        QueryRequest request = store.received(QueryRequest.class);
        assertThat(request.keyConditions())
                .containsExactly(
                        Map.entry("pk", ClassicCondition.of(ComparisonOperator.EQ, AttributeValue.ofString("a"))));
        assertThat(request.queryFilter())
                .containsExactly(Map.entry("n", ClassicCondition.of(ComparisonOperator.NOT_NULL)));
        assertThat(request.conditionalOperator()).contains(ConditionalOperator.AND);
        assertThat(request.attributesToGet()).containsExactly("pk", "n");
    }

    @Test
    void scanAndGetItemMembers_decodeIntoTheirRequests() {
        store.answerWith(new PageResult(List.of(), 0, 0, Map.of(), Optional.empty()));
        client.post(
                        "Scan",
                        "{\"TableName\": \"t\", \"ScanFilter\": {\"n\": {\"ComparisonOperator\": \"IN\","
                                + " \"AttributeValueList\": [{\"N\": \"1\"}, {\"N\": \"2\"}]}}}")
                .assertOk();
        assertThat(store.received(ScanRequest.class).scanFilter())
                .containsExactly(Map.entry(
                        "n",
                        ClassicCondition.of(
                                ComparisonOperator.IN, AttributeValue.ofNumber("1"), AttributeValue.ofNumber("2"))));

        store.answerWith(new GetItemResult(Optional.empty(), Optional.empty()));
        client.post(
                        "GetItem",
                        "{\"TableName\": \"t\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"AttributesToGet\": [\"x\"]}")
                .assertOk("{}");
        assertThat(store.received(GetItemRequest.class).attributesToGet()).containsExactly("x");
    }

    @Test
    void batchGetAttributesToGet_isDecoded_andEchoedInUnprocessedKeys() {
        KeysAndAttributes left = new KeysAndAttributes(
                List.of(Map.of("pk", AttributeValue.ofString("b"))), false, Optional.empty(), Map.of(), List.of("x"));
        store.answerWith(new BatchGetItemResult(Map.of("t", List.of()), Map.of("t", left), List.of()));

        client.post(
                        "BatchGetItem",
                        "{\"RequestItems\": {\"t\": {\"Keys\": [{\"pk\": {\"S\": \"b\"}}], \"AttributesToGet\":"
                                + " [\"x\"]}}}")
                .assertOk("{\"Responses\": {\"t\": []}, \"UnprocessedKeys\": {\"t\": {\"Keys\": [{\"pk\": {\"S\":"
                        + " \"b\"}}], \"AttributesToGet\": [\"x\"]}}}");

        assertThat(store.received(BatchGetItemRequest.class)
                        .requestItems()
                        .get("t")
                        .attributesToGet())
                .containsExactly("x");
    }

    @Test
    void rawMembersDynamoDbRejects_areConstraintErrors() {
        client.post("Scan", "{\"TableName\": \"t\", \"ScanFilter\": {\"n\": {\"ComparisonOperator\": \"ABOUT\"}}}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value 'ABOUT' at 'scanFilter.n.member.comparisonOperator' failed"
                                + " to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT,"
                                + " NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]");
        client.post(
                        "Query",
                        "{\"TableName\": \"t\", \"KeyConditions\": {\"pk\": {\"AttributeValueList\": [{\"S\":"
                                + " \"a\"}]}}}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value null at 'keyConditions.pk.member.comparisonOperator' failed"
                                + " to satisfy constraint: Member must not be null");
        client.post("GetItem", "{\"TableName\": \"t\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"AttributesToGet\": []}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint:"
                                + " Member must have length greater than or equal to 1");
        client.post(
                        "BatchGetItem",
                        "{\"RequestItems\": {\"t\": {\"Keys\": [{\"pk\": {\"S\": \"b\"}}], \"AttributesToGet\": []}}}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value '[]' at 'requestItems.t.member.attributesToGet' failed to"
                                + " satisfy constraint: Member must have length greater than or equal to 1");
        client.post(
                        "UpdateItem",
                        "{\"TableName\": \"t\", \"Key\": {\"pk\": {\"S\": \"a\"}}, \"AttributeUpdates\": {\"a\":"
                                + " {\"Action\": \"SET\", \"Value\": {\"S\": \"x\"}}}}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value 'SET' at 'attributeUpdates.a.member.action' failed to"
                                + " satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]");
        client.post(
                        "PutItem",
                        "{\"TableName\": \"t\", \"Item\": {\"pk\": {\"S\": \"a\"}}, \"Expected\": {\"pk\": {\"Exists\":"
                                + " false}}, \"ConditionalOperator\": \"XOR\"}")
                .assertError(
                        400,
                        VALIDATION,
                        "1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [AND, OR]");
        assertThat(store.receivedAnything()).isFalse();
    }
}
