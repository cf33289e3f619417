package io.tabletheory.api.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RequestBuildersTest {
    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.ofString("u1"));
    private static final Map<String, String> NAMES = Map.of("#n", "name");
    private static final Map<String, AttributeValue> VALUES = Map.of(":v", AttributeValue.ofNumber(5));

    @Test
    void writeBuilders_startAtDynamoDbsDefaults() {
        PutItemRequest put = PutItemRequest.builder("users", KEY).build();

        assertThat(put.conditionExpression()).isEmpty();
        assertThat(put.expressionAttributeNames()).isEmpty();
        assertThat(put.expressionAttributeValues()).isEmpty();
        assertThat(put.returnValues()).isEqualTo(ReturnValue.NONE);
        assertThat(put.returnValuesOnConditionCheckFailure()).isEqualTo(ReturnValuesOnConditionCheckFailure.NONE);
        assertThat(put.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.NONE);
        assertThat(UpdateItemRequest.builder("users", KEY).build().updateExpression())
                .isEmpty();
    }

    @Test
    void writeBuilders_setEveryParameter_inAnyOrder_andToBuilderCopiesThemAll() {
        UpdateItemRequest update = UpdateItemRequest.builder("users", KEY)
                .returnValues(ReturnValue.ALL_NEW)
                .updateExpression("SET #n = :v")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(VALUES)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                .build();

        assertThat(update)
                .isEqualTo(new UpdateItemRequest(
                        "users",
                        KEY,
                        Optional.of("SET #n = :v"),
                        Optional.of("attribute_exists(pk)"),
                        NAMES,
                        VALUES,
                        ReturnValue.ALL_NEW,
                        ReturnValuesOnConditionCheckFailure.ALL_OLD,
                        ReturnConsumedCapacity.TOTAL,
                        Map.of(),
                        Map.of(),
                        Optional.empty(),
                        ReturnItemCollectionMetrics.SIZE));
        assertThat(update.toBuilder().build()).isEqualTo(update);
        assertThat(update.toBuilder().tableName("other").build().tableName()).isEqualTo("other");

        PutItemRequest put = PutItemRequest.builder("users", KEY)
                .conditionExpression("attribute_not_exists(pk)")
                .returnValues(ReturnValue.ALL_OLD)
                .build();
        assertThat(put.toBuilder().build()).isEqualTo(put);
        DeleteItemRequest delete = DeleteItemRequest.builder("users", KEY)
                .expressionAttributeValues(VALUES)
                .conditionExpression("v = :v")
                .build();
        assertThat(delete.toBuilder().build()).isEqualTo(delete);
    }

    @Test
    void pageBuilders_startAtDynamoDbsDefaults_andToBuilderCopiesEveryParameter() {
        QueryRequest query = QueryRequest.builder("users")
                .limit(10)
                .keyConditionExpression("pk = :v")
                .indexName("gsi1")
                .filterExpression("#n <> :v")
                .projectionExpression("#n")
                .expressionAttributeNames(NAMES)
                .expressionAttributeValues(VALUES)
                .select(Select.SPECIFIC_ATTRIBUTES)
                .exclusiveStartKey(KEY)
                .scanIndexForward(false)
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .build();
        assertThat(query.toBuilder().build()).isEqualTo(query);
        assertThat(query.limit()).isEqualTo(OptionalInt.of(10));
        assertThat(QueryRequest.builder("users").build().scanIndexForward()).isTrue();

        ScanRequest scan = ScanRequest.builder("users")
                .segment(1)
                .totalSegments(4)
                .limit(5)
                .build();
        assertThat(scan.toBuilder().build()).isEqualTo(scan);
        ScanRequest plain = ScanRequest.builder("users").build();
        assertThat(plain.limit()).isEmpty();
        assertThat(plain.segment()).isEmpty();
        assertThat(plain.select()).isEmpty();
        assertThat(plain.consistentRead()).isFalse();
        assertThat(plain.returnConsumedCapacity()).isEqualTo(ReturnConsumedCapacity.NONE);
    }

    @Test
    void records_normaliseNullsToDefaults_andRequireTheTable() {
        DeleteItemRequest delete =
                new DeleteItemRequest("users", KEY, null, null, null, null, null, null, null, null, null);

        assertThat(delete).isEqualTo(DeleteItemRequest.builder("users", KEY).build());
        assertThatThrownBy(() -> PutItemRequest.builder(null, KEY).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tableName");
    }

    @Test
    void classicParameters_areEmptyByDefault_setByTheBuilders_andCopiedByToBuilder() {
        ClassicCondition startsWithA =
                ClassicCondition.of(ComparisonOperator.BEGINS_WITH, AttributeValue.ofString("a"));
        UpdateItemRequest update = UpdateItemRequest.builder("users", KEY)
                .attributeUpdates(Map.of("n", AttributeValueUpdate.add(AttributeValue.ofNumber(1))))
                .expected(Map.of("n", ExpectedAttributeValue.missing()))
                .conditionalOperator(ConditionalOperator.OR)
                .build();
        QueryRequest query = QueryRequest.builder("users")
                .keyConditions(Map.of("pk", ClassicCondition.of(ComparisonOperator.EQ, AttributeValue.ofString("u1"))))
                .queryFilter(Map.of("name", startsWithA))
                .attributesToGet(List.of("name"))
                .build();
        ScanRequest scan = ScanRequest.builder("users")
                .scanFilter(Map.of("name", startsWithA))
                .conditionalOperator(ConditionalOperator.AND)
                .build();
        GetItemRequest get = GetItemRequest.builder("users", KEY)
                .attributesToGet(List.of("name"))
                .build();

        assertThat(PutItemRequest.builder("users", KEY).build().expected()).isEmpty();
        assertThat(UpdateItemRequest.builder("users", KEY).build().attributeUpdates())
                .isEmpty();
        assertThat(QueryRequest.builder("users").build().keyConditions()).isEmpty();
        assertThat(update.toBuilder().build()).isEqualTo(update);
        assertThat(query.toBuilder().build()).isEqualTo(query);
        assertThat(scan.toBuilder().build()).isEqualTo(scan);
        assertThat(get.toBuilder().build()).isEqualTo(get);
        assertThat(update.conditionalOperator()).contains(ConditionalOperator.OR);
        assertThat(new AttributeValueUpdate(Optional.of(AttributeValue.ofNumber(1)), null).action())
                .isEqualTo(AttributeAction.PUT);
        assertThatThrownBy(() -> new ClassicCondition(null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("comparisonOperator");
    }
}
