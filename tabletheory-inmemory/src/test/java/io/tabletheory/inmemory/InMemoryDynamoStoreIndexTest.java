package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.request.Select;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreIndexTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void table() {
        dynamo.createTable(CreateTableRequest.builder("tab")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .globalSecondaryIndex("byEmail", "email", ScalarAttributeType.S, Projection.keysOnly())
                .globalSecondaryIndex(
                        "byGroup", "grp", ScalarAttributeType.S, "rank", ScalarAttributeType.N, Projection.all())
                .localSecondaryIndex("byRank", "rank", ScalarAttributeType.N, Projection.include(List.of("note")))
                .build());
    }

    private void put(Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder("tab", item).build());
    }

    private PageResult queryIndex(String index, String keyCondition, Map<String, AttributeValue> values) {
        return dynamo.query(QueryRequest.builder("tab")
                .indexName(index)
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(Map.of())
                .expressionAttributeValues(values)
                .build());
    }

    @Test
    void globalIndex_followsPutsOverwritesAndDeletes() {
        put(item("pk", s("u1"), "sk", n(1), "grp", s("g"), "rank", n(2), "note", s("a")));
        put(item("pk", s("u2"), "sk", n(1), "grp", s("g"), "rank", n(1)));
        assertThat(queryIndex("byGroup", "grp = :g", Map.of(":g", s("g"))).items())
                .extracting(i -> i.get("pk"))
                .containsExactly(s("u2"), s("u1"));

        put(item("pk", s("u1"), "sk", n(1), "grp", s("h"), "rank", n(2)));
        assertThat(queryIndex("byGroup", "grp = :g", Map.of(":g", s("g"))).items())
                .extracting(i -> i.get("pk"))
                .containsExactly(s("u2"));
        assertThat(queryIndex("byGroup", "grp = :g", Map.of(":g", s("h"))).count())
                .isEqualTo(1);

        dynamo.deleteItem(DeleteItemRequest.builder("tab", item("pk", s("u2"), "sk", n(1)))
                .build());
        assertThat(queryIndex("byGroup", "grp = :g", Map.of(":g", s("g"))).items())
                .isEmpty();
    }

    @Test
    void index_isSparse_andOrdersEqualIndexKeysByTableKey() {
        put(item("pk", s("b"), "sk", n(2), "email", s("x@y")));
        put(item("pk", s("a"), "sk", n(9), "email", s("x@y")));
        put(item("pk", s("a"), "sk", n(3), "email", s("x@y")));
        put(item("pk", s("c"), "sk", n(1)));

        PageResult page = queryIndex("byEmail", "email = :e", Map.of(":e", s("x@y")));
        PageResult scan =
                dynamo.scan(ScanRequest.builder("tab").indexName("byEmail").build());

        assertThat(page.items())
                .containsExactly(
                        item("pk", s("a"), "sk", n(3), "email", s("x@y")),
                        item("pk", s("a"), "sk", n(9), "email", s("x@y")),
                        item("pk", s("b"), "sk", n(2), "email", s("x@y")));
        assertThat(scan.count()).isEqualTo(3);
    }

    @Test
    void indexRead_appliesTheIndexProjection_andLastEvaluatedKeyHoldsBothKeys() {
        put(item("pk", s("a"), "sk", n(1), "email", s("e"), "secret", s("s")));
        put(item("pk", s("b"), "sk", n(1), "email", s("e"), "secret", s("s")));

        PageResult page = dynamo.query(QueryRequest.builder("tab")
                .indexName("byEmail")
                .keyConditionExpression("email = :e")
                .expressionAttributeValues(Map.of(":e", s("e")))
                .limit(1)
                .build());

        assertThat(page.items()).containsExactly(item("pk", s("a"), "sk", n(1), "email", s("e")));
        assertThat(page.lastEvaluatedKey()).isEqualTo(item("email", s("e"), "pk", s("a"), "sk", n(1)));
    }

    @Test
    void localIndex_fetchesUnprojectedAttributesFromTheTable() {
        put(item("pk", s("a"), "sk", n(1), "rank", n(5), "note", s("n"), "other", s("o")));

        PageResult projected = queryIndex("byRank", "pk = :p", Map.of(":p", s("a")));
        PageResult all = dynamo.query(QueryRequest.builder("tab")
                .indexName("byRank")
                .keyConditionExpression("pk = :p AND #r > :r")
                .expressionAttributeNames(Map.of("#r", "rank"))
                .expressionAttributeValues(Map.of(":p", s("a"), ":r", n(1)))
                .select(Select.ALL_ATTRIBUTES)
                .consistentRead(true)
                .build());

        assertThat(projected.items()).containsExactly(item("pk", s("a"), "sk", n(1), "rank", n(5), "note", s("n")));
        assertThat(all.items().get(0)).containsEntry("other", s("o"));
    }

    @Test
    void write_withMistypedOrEmptyIndexKey_isRefusedAndChangesNothing() {
        assertError(
                () -> put(item("pk", s("a"), "sk", n(1), "email", n(1))),
                "One or more parameter values were invalid: Type mismatch for Index Key email Expected: S Actual: N"
                        + " IndexName: byEmail");
        assertError(
                () -> put(item("pk", s("a"), "sk", n(1), "grp", s(""))),
                "One or more parameter values are not valid. A value specified for a secondary index key is not"
                        + " supported. The AttributeValue for a key attribute cannot contain an empty string value."
                        + " IndexName: byGroup, IndexKey: grp");
        assertError(
                () -> put(item("pk", s("a"), "sk", n(1), "email", s("x".repeat(2049)))),
                "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit"
                        + " of2048 bytes");
        assertThat(dynamo.scan(ScanRequest.builder("tab").build()).count()).isZero();
    }

    @Test
    void indexReads_refuseWhatDynamoDbRefuses() {
        assertError(
                () -> queryIndex("nope", "pk = :p", Map.of(":p", s("a"))),
                "The table does not have the specified index: nope");
        assertError(
                () -> dynamo.query(QueryRequest.builder("tab")
                        .indexName("byEmail")
                        .keyConditionExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", s("e")))
                        .consistentRead(true)
                        .build()),
                "Consistent reads are not supported on global secondary indexes");
        assertError(
                () -> dynamo.query(QueryRequest.builder("tab")
                        .indexName("byEmail")
                        .keyConditionExpression("email = :e")
                        .expressionAttributeValues(Map.of(":e", s("e")))
                        .select(Select.ALL_ATTRIBUTES)
                        .build()),
                "One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global"
                        + " secondary index byEmail because its projection type is not ALL");
        assertError(
                () -> dynamo.query(QueryRequest.builder("tab")
                        .indexName("byGroup")
                        .keyConditionExpression("grp = :g")
                        .filterExpression("#r > :r")
                        .expressionAttributeNames(Map.of("#r", "rank"))
                        .expressionAttributeValues(Map.of(":g", s("g"), ":r", n(1)))
                        .build()),
                "Filter Expression can only contain non-primary key attributes: Primary key attribute: rank");
    }

    @Test
    void createTable_withIncludeProjectionWithoutAttributes_isRefused() {
        assertError(
                () -> dynamo.createTable(CreateTableRequest.builder("other")
                        .partitionKey("pk", ScalarAttributeType.S)
                        .globalSecondaryIndex("gsi", "x", ScalarAttributeType.S, Projection.include(List.of()))
                        .build()),
                "One or more parameter values were invalid: ProjectionType is INCLUDE, but NonKeyAttributes is not"
                        + " specified");
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isExactlyInstanceOf(ValidationException.class).hasMessage(message);
    }
}
