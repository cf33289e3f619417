package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreUpdateTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();
    private static final Map<String, AttributeValue> KEY = item("id", s("u1"));

    @BeforeEach
    void table() {
        dynamo.createTable(CreateTableRequest.builder("users")
                .partitionKey("id", ScalarAttributeType.S)
                .build());
    }

    private UpdateItemRequest.Builder update(String expression, Object... values) {
        return UpdateItemRequest.builder("users", KEY)
                .updateExpression(expression)
                .expressionAttributeValues(item(values));
    }

    private Optional<Map<String, AttributeValue>> stored() {
        return dynamo.getItem(GetItemRequest.builder("users", KEY).build()).item();
    }

    private void store(Object... attributes) {
        Map<String, AttributeValue> item = item(attributes);
        item.putAll(KEY);
        dynamo.putItem(PutItemRequest.builder("users", item).build());
    }

    @Test
    void setOnMissingItem_createsItFromTheKeyAndTheResults() {
        dynamo.updateItem(
                update("SET a = :a ADD n :n", ":a", s("x"), ":n", n(2)).build());

        assertThat(stored()).contains(item("id", s("u1"), "a", s("x"), "n", n(2)));
    }

    @Test
    void removeOrDeleteOnlyOnMissingItem_createsNothingAndReturnsNothing() {
        var result = dynamo.updateItem(UpdateItemRequest.builder("users", KEY)
                .updateExpression("REMOVE a, b.c DELETE s :s")
                .expressionAttributeValues(Map.of(":s", AttributeValue.ofStringSet(List.of("x"))))
                .returnValues(ReturnValue.ALL_NEW)
                .build());

        assertThat(result.attributes()).isEmpty();
        assertThat(stored()).isEmpty();
    }

    @Test
    void noUpdateExpression_createsTheKeyOnlyItem_andLeavesAnExistingItemAlone() {
        dynamo.updateItem(UpdateItemRequest.builder("users", KEY).build());
        assertThat(stored()).contains(KEY);

        store("a", n(1));
        dynamo.updateItem(UpdateItemRequest.builder("users", KEY).build());
        assertThat(stored()).contains(item("id", s("u1"), "a", n(1)));
    }

    @Test
    void updatedNew_returnsOnlyTheTouchedFragments() {
        store("m", AttributeValue.ofMap(item("a", n(1), "b", AttributeValue.ofMap(item("c", n(2), "d", n(3))))));

        var result = dynamo.updateItem(update("SET m.b.c = :v", ":v", n(9))
                .returnValues(ReturnValue.UPDATED_NEW)
                .build());

        assertThat(result.attributes())
                .isEqualTo(item("m", AttributeValue.ofMap(item("b", AttributeValue.ofMap(item("c", n(9)))))));
    }

    @Test
    void eachReturnValuesMode_returnsItsAttributes() {
        store("a", n(1), "b", n(2));
        assertThat(dynamo.updateItem(update("SET a = :v", ":v", n(5)).build()).attributes())
                .isEmpty();
        assertThat(dynamo.updateItem(update("SET a = :v, c = :v", ":v", n(6))
                                .returnValues(ReturnValue.UPDATED_OLD)
                                .build())
                        .attributes())
                .isEqualTo(item("a", n(5)));
        assertThat(dynamo.updateItem(update("SET a = :v", ":v", n(7))
                                .returnValues(ReturnValue.ALL_OLD)
                                .build())
                        .attributes())
                .isEqualTo(item("id", s("u1"), "a", n(6), "b", n(2), "c", n(6)));
        assertThat(dynamo.updateItem(update("REMOVE b")
                                .returnValues(ReturnValue.ALL_NEW)
                                .build())
                        .attributes())
                .isEqualTo(item("id", s("u1"), "a", n(7), "c", n(6)));
    }

    @Test
    void failedCondition_withAllOld_carriesTheStoredItemAndChangesNothing() {
        store("v", n(1));

        assertThatThrownBy(() -> dynamo.updateItem(update("SET v = :two", ":two", n(2), ":one", n(1))
                        .conditionExpression("v <> :one")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()))
                .isInstanceOf(ConditionFailedException.class)
                .satisfies(e ->
                        assertThat(((ConditionFailedException) e).item()).contains(item("id", s("u1"), "v", n(1))));
        assertThat(stored()).contains(item("id", s("u1"), "v", n(1)));
    }

    @Test
    void condition_isEvaluatedBeforeKeyAttributesAndOperands() {
        store("s", s("text"));

        assertThatThrownBy(() -> dynamo.updateItem(update("SET id = :v, a = s + :n", ":v", s("x"), ":n", n(1))
                        .conditionExpression("attribute_not_exists(id)")
                        .build()))
                .isInstanceOf(ConditionFailedException.class);
        assertThatThrownBy(() -> dynamo.updateItem(update("SET id = :v, a = s + :n", ":v", s("x"), ":n", n(1))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Cannot update attribute id. This attribute is"
                        + " part of the key");
    }

    @Test
    void unusedPlaceholders_areCheckedOverBothExpressions() {
        assertThatThrownBy(() -> dynamo.updateItem(update("SET a = :a", ":a", n(1), ":b", n(2), ":c", n(3))
                        .conditionExpression("a <> :b")
                        .build()))
                .hasMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:c}");
    }

    @Test
    void updateExpressionErrors_comeBeforeConditionErrors_andBeforeTheTableLookup() {
        assertThatThrownBy(() -> dynamo.updateItem(UpdateItemRequest.builder("missing-table", KEY)
                        .updateExpression("SET a = :v + :s")
                        .conditionExpression("a = = b")
                        .expressionAttributeValues(Map.of(":v", n(1), ":s", s("x")))
                        .build()))
                .hasMessage("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or"
                        + " function: +, operand type: S");
        assertThatThrownBy(() -> dynamo.updateItem(UpdateItemRequest.builder("missing-table", KEY)
                        .updateExpression("SET a = :v")
                        .expressionAttributeValues(Map.of(":v", n(1)))
                        .build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void valuesWithoutExpressions_areRejected() {
        assertThatThrownBy(() -> dynamo.updateItem(UpdateItemRequest.builder("users", KEY)
                        .expressionAttributeValues(Map.of(":v", n(1)))
                        .build()))
                .hasMessage("ExpressionAttributeValues can only be specified when using expressions: UpdateExpression"
                        + " and ConditionExpression are null");
    }

    @Test
    void itemSize_isCheckedAfterTheUpdate() {
        store("big", s("x".repeat(409_600 - 2 - 2 - 3 - 5)));

        assertThatThrownBy(() ->
                        dynamo.updateItem(update("SET more = :s", ":s", s("xx")).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size to update has exceeded the maximum allowed size");
        dynamo.updateItem(update("SET more = :s", ":s", s("x")).build());
        assertThat(stored().orElseThrow()).containsKey("more");
    }

    @Test
    void nestingOf32Levels_isRejectedAfterTheUpdate() {
        AttributeValue deep = n(1);
        for (int i = 0; i < 31; i++) {
            deep = AttributeValue.ofMap(Map.of("d", deep));
        }
        store("m", AttributeValue.ofMap(Map.of()));
        UpdateItemRequest tooDeep = update("SET m.x = :d", ":d", deep).build();

        assertThatThrownBy(() -> dynamo.updateItem(tooDeep))
                .hasMessage("Nesting Levels have exceeded supported limits");
    }

    @Test
    void concurrentAdds_areLinearizable() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                futures.add(pool.submit(() ->
                        dynamo.updateItem(update("ADD hits :one", ":one", n(1)).build())));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored().orElseThrow()).containsEntry("hits", n(400));
    }
}
