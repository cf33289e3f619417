package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreConditionTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void table() {
        dynamo.createTable(CreateTableRequest.builder("users")
                .partitionKey("id", ScalarAttributeType.S)
                .build());
    }

    private PutItemRequest.Builder put(Map<String, AttributeValue> item) {
        return PutItemRequest.builder("users", item);
    }

    @Test
    void conditionalCreate_whenKeyExists_failsWithConditionFailed() {
        PutItemRequest create = put(item("id", s("u1"), "v", n(0)))
                .conditionExpression("attribute_not_exists(id)")
                .build();
        dynamo.putItem(create);
        assertThatThrownBy(() -> dynamo.putItem(create))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessage("The conditional request failed")
                .satisfies(
                        e -> assertThat(((ConditionFailedException) e).item()).isEmpty());
    }

    @Test
    void failedCondition_withAllOld_carriesTheStoredItem() {
        Map<String, AttributeValue> stored = item("id", s("u1"), "v", n(3));
        dynamo.putItem(put(stored).build());
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1"), "v", n(4)))
                        .conditionExpression("v = :expected")
                        .expressionAttributeValues(Map.of(":expected", n(2)))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()))
                .isInstanceOf(ConditionFailedException.class)
                .satisfies(
                        e -> assertThat(((ConditionFailedException) e).item()).contains(stored));
        assertThat(dynamo.getItem(GetItemRequest.builder("users", item("id", s("u1")))
                                .build())
                        .item())
                .contains(stored);
    }

    @Test
    void failedCondition_onMissingItemWithAllOld_carriesNoItem() {
        assertThatThrownBy(() -> dynamo.deleteItem(DeleteItemRequest.builder("users", item("id", s("u9")))
                        .conditionExpression("attribute_exists(id)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()))
                .isInstanceOf(ConditionFailedException.class)
                .satisfies(
                        e -> assertThat(((ConditionFailedException) e).item()).isEmpty());
    }

    @Test
    void versionedWrite_succeedsWhenConditionHolds() {
        dynamo.putItem(put(item("id", s("u1"), "version", n(1))).build());
        dynamo.putItem(put(item("id", s("u1"), "version", n(2)))
                .conditionExpression("#ver = :held")
                .expressionAttributeNames(Map.of("#ver", "version"))
                .expressionAttributeValues(Map.of(":held", n(1)))
                .build());
        assertThat(dynamo.getItem(GetItemRequest.builder("users", item("id", s("u1")))
                                .build())
                        .item()
                        .orElseThrow()
                        .get("version"))
                .isEqualTo(n(2));
    }

    @Test
    void conditionalDelete_whenConditionFails_keepsTheItem() {
        dynamo.putItem(put(item("id", s("u1"), "state", s("active"))).build());
        assertThatThrownBy(() -> dynamo.deleteItem(DeleteItemRequest.builder("users", item("id", s("u1")))
                        .conditionExpression("#s = :gone")
                        .expressionAttributeNames(Map.of("#s", "state"))
                        .expressionAttributeValues(Map.of(":gone", s("gone")))
                        .build()))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(dynamo.describeTable("users").itemCount()).isEqualTo(1);
    }

    @Test
    void expressionErrors_comeBeforeTableLookup() {
        assertThatThrownBy(() -> dynamo.putItem(PutItemRequest.builder("missing-table", item("id", s("u1")))
                        .conditionExpression("a = = :v")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
    }

    @Test
    void namesAndValuesWithoutExpression_areRejected() {
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1")))
                        .expressionAttributeValues(Map.of(":v", n(1)))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions:"
                        + " ConditionExpression is null");
        assertThatThrownBy(() -> dynamo.deleteItem(DeleteItemRequest.builder("users", item("id", s("u1")))
                        .expressionAttributeNames(Map.of("#n", "x"))
                        .build()))
                .hasMessage("ExpressionAttributeNames can only be specified when using expressions");
    }

    @Test
    void placeholderProblems_areRejectedWithDynamoDbMessages() {
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1")))
                        .conditionExpression("a = :v")
                        .expressionAttributeValues(Map.of(":v", n(1), ":w", n(2)))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}");
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1")))
                        .conditionExpression("#a = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))
                        .build()))
                .hasMessage("Invalid ConditionExpression: An expression attribute name used in the document path is"
                        + " not defined; attribute name: #a");
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1")))
                        .conditionExpression("a = :v")
                        .expressionAttributeValues(Map.of("v", n(1)))
                        .build()))
                .hasMessage("ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"");
    }

    @Test
    void unusedCheck_coversShortCircuitedBranches() {
        dynamo.putItem(put(item("id", s("u1")))
                .conditionExpression("attribute_not_exists(id) OR #x = :v")
                .expressionAttributeNames(Map.of("#x", "x"))
                .expressionAttributeValues(Map.of(":v", n(1)))
                .build());
        assertThat(dynamo.describeTable("users").itemCount()).isEqualTo(1);
    }

    @Test
    void reservedWordInCondition_isRejected() {
        assertThatThrownBy(() -> dynamo.putItem(put(item("id", s("u1")))
                        .conditionExpression("name = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: name");
    }
}
