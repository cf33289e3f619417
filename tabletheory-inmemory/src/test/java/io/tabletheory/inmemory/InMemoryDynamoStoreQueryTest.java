package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreQueryTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void tables() {
        dynamo.createTable(CreateTableRequest.builder("range")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        dynamo.createTable(CreateTableRequest.builder("strings")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.S)
                .build());
        dynamo.createTable(CreateTableRequest.builder("hash")
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
        for (int i = 1; i <= 10; i++) {
            put("range", item("pk", s("a"), "sk", n(i), "v", n(i % 3)));
            put("range", item("pk", s("b"), "sk", n(i)));
        }
        for (String sk : List.of("apple", "apricot", "banana", "ap", "b")) {
            put("strings", item("pk", s("p"), "sk", s(sk)));
        }
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder(table, item).build());
    }

    private PageResult query(String table, String keyCondition, Map<String, AttributeValue> values) {
        return dynamo.query(QueryRequest.builder(table)
                .keyConditionExpression(keyCondition)
                .expressionAttributeValues(values)
                .build());
    }

    private static List<String> sortKeys(PageResult page) {
        return page.items().stream().map(item -> render(item.get("sk"))).collect(Collectors.toList());
    }

    private static String render(AttributeValue value) {
        return value instanceof AttributeValue.NumberValue number
                ? number.value()
                : ((AttributeValue.StringValue) value).value();
    }

    @Test
    void query_onPartition_returnsItsItemsInSortKeyOrder() {
        PageResult page = query("range", "pk = :p", Map.of(":p", s("a")));

        assertThat(sortKeys(page)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(page.count()).isEqualTo(10);
        assertThat(page.scannedCount()).isEqualTo(10);
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void query_withSortKeyConditions_selectsTheRange() {
        assertThat(sortKeys(query("range", "pk = :p AND sk < :v", Map.of(":p", s("a"), ":v", n(3)))))
                .containsExactly("1", "2");
        assertThat(sortKeys(query("range", "pk = :p AND sk <= :v", Map.of(":p", s("a"), ":v", n(3)))))
                .containsExactly("1", "2", "3");
        assertThat(sortKeys(query("range", "pk = :p AND sk > :v", Map.of(":p", s("a"), ":v", n(8)))))
                .containsExactly("9", "10");
        assertThat(sortKeys(query("range", "pk = :p AND sk >= :v", Map.of(":p", s("a"), ":v", n(9)))))
                .containsExactly("9", "10");
        assertThat(sortKeys(query("range", "pk = :p AND sk = :v", Map.of(":p", s("a"), ":v", n(4)))))
                .containsExactly("4");
        assertThat(sortKeys(query(
                        "range",
                        "(sk BETWEEN :lo AND :hi) AND pk = :p",
                        Map.of(":p", s("a"), ":lo", n(4), ":hi", n(6)))))
                .containsExactly("4", "5", "6");
        assertThat(sortKeys(query("strings", "pk = :p AND begins_with(sk, :x)", Map.of(":p", s("p"), ":x", s("ap")))))
                .containsExactly("ap", "apple", "apricot");
    }

    @Test
    void query_descending_withBeginsWith_returnsTheRangeReversed() {
        PageResult page = dynamo.query(QueryRequest.builder("strings")
                .keyConditionExpression("pk = :p AND begins_with(sk, :x)")
                .expressionAttributeValues(Map.of(":p", s("p"), ":x", s("ap")))
                .scanIndexForward(false)
                .build());

        assertThat(sortKeys(page)).containsExactly("apricot", "apple", "ap");
    }

    @Test
    void query_withLimit_pagesThroughWithLastEvaluatedKey() {
        QueryRequest first = QueryRequest.builder("range")
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("a")))
                .limit(4)
                .scanIndexForward(false)
                .build();
        PageResult one = dynamo.query(first);
        PageResult two = dynamo.query(
                first.toBuilder().exclusiveStartKey(one.lastEvaluatedKey()).build());
        PageResult three = dynamo.query(
                first.toBuilder().exclusiveStartKey(two.lastEvaluatedKey()).build());

        assertThat(sortKeys(one)).containsExactly("10", "9", "8", "7");
        assertThat(one.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(7)));
        assertThat(sortKeys(two)).containsExactly("6", "5", "4", "3");
        assertThat(sortKeys(three)).containsExactly("2", "1");
        assertThat(three.hasMore()).isFalse();
    }

    @Test
    void query_withFilter_countsItemsReadBeforeTheFilter() {
        PageResult page = dynamo.query(QueryRequest.builder("range")
                .keyConditionExpression("pk = :p")
                .filterExpression("v = :zero")
                .expressionAttributeValues(Map.of(":p", s("a"), ":zero", n(0)))
                .limit(6)
                .build());

        assertThat(sortKeys(page)).containsExactly("3", "6");
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.scannedCount()).isEqualTo(6);
        assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", s("a"), "sk", n(6)));
    }

    @Test
    void query_withSelectCount_returnsNoItems() {
        PageResult page = dynamo.query(QueryRequest.builder("range")
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("b")))
                .select(Select.COUNT)
                .build());

        assertThat(page.items()).isEmpty();
        assertThat(page.count()).isEqualTo(10);
    }

    @Test
    void query_withProjection_returnsOnlyTheProjectedAttributes() {
        PageResult page = dynamo.query(QueryRequest.builder("range")
                .keyConditionExpression("pk = :p AND sk = :one")
                .projectionExpression("v, nothere")
                .expressionAttributeValues(Map.of(":p", s("a"), ":one", n(1)))
                .build());

        assertThat(page.items()).containsExactly(item("v", n(1)));
    }

    @Test
    void query_stopsThePageAtOneMegabyte_includingTheCrossingItem() {
        for (int i = 0; i < 5; i++) {
            put("range", item("pk", s("big"), "sk", n(i), "data", s("x".repeat(262_144 - 10))));
        }
        // Each item is 2 + 3 + 2 + 4 + 262,134 = 262,145 bytes: the fourth crosses 1 MB and ends the page.
        PageResult page = query("range", "pk = :p", Map.of(":p", s("big")));

        assertThat(page.count()).isEqualTo(4);
        assertThat(page.lastEvaluatedKey()).isEqualTo(item("pk", s("big"), "sk", n(3)));
    }

    @Test
    void query_refusesMalformedKeyConditions() {
        Map<String, AttributeValue> values = Map.of(":p", s("a"), ":v", n(1));
        assertError(
                () -> query("range", "sk = :v AND pk = :p OR pk = :p", values),
                "Invalid operator used in KeyConditionExpression: OR");
        assertError(
                () -> query("range", "sk = :v", Map.of(":v", n(1))), "Query condition missed key schema element: pk");
        assertError(() -> query("range", "pk > :p", Map.of(":p", s("a"))), "Query key condition not supported");
        assertError(
                () -> query("range", "pk = :p AND sk > :v AND sk < :v", values),
                "KeyConditionExpressions must only contain one condition per key");
        assertError(
                () -> query("range", "pk = :p AND sk = pk", Map.of(":p", s("a"))),
                "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition");
        assertError(
                () -> query("range", "pk = :p AND sk = :x", Map.of(":p", s("a"), ":x", s("1"))),
                "One or more parameter values were invalid: Condition parameter type does not match schema type");
        assertError(
                () -> query("range", "pk = :p AND begins_with(sk, :v)", values),
                "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or"
                        + " function: begins_with, operand type: N");
        assertError(
                () -> query("range", "pk = :p AND color = :v", values),
                "Query condition missed key schema element: sk");
        assertError(() -> query("hash", "pk = :p AND color = :v", values), "Query key condition not supported");
    }

    @Test
    void query_refusesAFilterOnKeyAttributes() {
        assertError(
                () -> dynamo.query(QueryRequest.builder("range")
                        .keyConditionExpression("pk = :p")
                        .filterExpression("v = :v OR sk = :v")
                        .expressionAttributeValues(Map.of(":p", s("a"), ":v", n(1)))
                        .build()),
                "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
    }

    @Test
    void query_checksPlaceholdersAcrossAllItsExpressions() {
        assertError(
                () -> dynamo.query(QueryRequest.builder("range")
                        .keyConditionExpression("pk = :p")
                        .projectionExpression("#v")
                        .expressionAttributeNames(Map.of("#v", "v", "#unused", "x"))
                        .expressionAttributeValues(Map.of(":p", s("a")))
                        .build()),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
    }

    @Test
    void query_refusesLimitBelowOneAndBadSelects() {
        QueryRequest.Builder base = QueryRequest.builder("range")
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("a")));
        // DynamoDB names a Query's Limit without its value, and capitalised (a Scan's is "Value '0' at 'limit'").
        assertError(
                () -> dynamo.query(base.limit(0).build()),
                "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have"
                        + " value greater than or equal to 1");
        assertError(
                () -> dynamo.query(
                        base.limit(null).select(Select.SPECIFIC_ATTRIBUTES).build()),
                "1 validation error detected: "
                        + "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
        assertError(
                () -> dynamo.query(
                        base.select(Select.COUNT).projectionExpression("v").build()),
                "1 validation error detected: "
                        + "Cannot specify the ProjectionExpression when choosing to get only the Count");
        assertError(
                () -> dynamo.query(base.select(Select.ALL_PROJECTED_ATTRIBUTES)
                        .projectionExpression(null)
                        .build()),
                "1 validation error detected: "
                        + "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
    }

    @Test
    void query_exclusiveStartKey_mustMatchTheQuery() {
        QueryRequest.Builder base = QueryRequest.builder("range")
                .keyConditionExpression("pk = :p AND sk > :v")
                .expressionAttributeValues(Map.of(":p", s("a"), ":v", n(5)));
        assertError(
                () -> dynamo.query(base.exclusiveStartKey(item("pk", s("a"))).build()),
                "The provided starting key is invalid: The provided key element does not match the schema");
        assertError(
                () -> dynamo.query(
                        base.exclusiveStartKey(item("pk", s("b"), "sk", n(7))).build()),
                "The provided starting key is outside query boundaries based on provided conditions");
        assertError(
                () -> dynamo.query(
                        base.exclusiveStartKey(item("pk", s("a"), "sk", n(2))).build()),
                "The provided starting key does not match the range key predicate");
        assertThat(sortKeys(dynamo.query(
                        base.exclusiveStartKey(item("pk", s("a"), "sk", n(7))).build())))
                .containsExactly("8", "9", "10");
        assertError(
                () -> dynamo.query(QueryRequest.builder("hash")
                        .keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("a")))
                        .exclusiveStartKey(item("pk", s("a")))
                        .build()),
                "The provided starting key is invalid: The query can return at most one row and cannot be restarted");
    }

    @Test
    void query_onMissingTable_failsAfterStaticValidation() {
        assertThatThrownBy(() -> query("nope", "pk = :p", Map.of(":p", s("a"))))
                .isExactlyInstanceOf(ResourceNotFoundException.class);
        assertError(
                () -> query("nope", "pk = :p", Map.of()),
                "Invalid KeyConditionExpression: An expression attribute value used in expression is not defined;"
                        + " attribute value: :p");
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(ValidationException.class).hasMessage(message);
    }
}
