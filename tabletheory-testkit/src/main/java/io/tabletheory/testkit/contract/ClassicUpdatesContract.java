package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.AttributeAction;
import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * UpdateItem's classic changes ({@code AttributeUpdates}): PUT, ADD of numbers, sets and lists, DELETE of set elements
 * and of whole attributes, the item they create when it is missing, ReturnValues, the {@code Expected} condition with
 * them, and DynamoDB's errors for a change it refuses and for mixing them with an UpdateExpression (DynamoDB's
 * LegacyConditionalParameters.AttributeUpdates page; research §1.9).
 */
public abstract class ClassicUpdatesContract extends PortContract {
    private String table;
    private final Map<String, AttributeValue> key = item(PK, s("k"));

    @BeforeEach
    void storeAnItem() {
        table = createHashTable("classic-upd");
        put(
                table,
                item(
                        PK,
                        s("k"),
                        "counter",
                        n("10"),
                        "tags",
                        AttributeValue.ofStringSet(List.of("a", "b", "c")),
                        "extra",
                        s("remove-me")));
    }

    private Map<String, AttributeValue> update(Map<String, AttributeValueUpdate> updates) {
        return store().updateItem(UpdateItemRequest.builder(table, key)
                        .attributeUpdates(updates)
                        .returnValues(ReturnValue.ALL_NEW)
                        .build())
                .attributes();
    }

    @Test
    void eachAction_changesItsAttribute() {
        Map<String, AttributeValueUpdate> updates = new LinkedHashMap<>();
        updates.put("name", AttributeValueUpdate.put(s("new")));
        updates.put("counter", AttributeValueUpdate.add(n("5")));
        updates.put("tags", AttributeValueUpdate.delete(AttributeValue.ofStringSet(List.of("b"))));
        updates.put("extra", AttributeValueUpdate.remove());
        updates.put("fresh", AttributeValueUpdate.add(AttributeValue.ofStringSet(List.of("x"))));

        Map<String, AttributeValue> after = update(updates);

        assertThat(after)
                .isEqualTo(item(
                        PK,
                        s("k"),
                        "counter",
                        n("15"),
                        "tags",
                        AttributeValue.ofStringSet(List.of("a", "c")),
                        "name",
                        s("new"),
                        "fresh",
                        AttributeValue.ofStringSet(List.of("x"))));
        assertThat(get(table, key)).contains(after);
    }

    @Test
    void actionDefaultsToPut_andAddAppendsToLists() {
        update(Map.of("plain", new AttributeValueUpdate(Optional.of(s("v")), null)));
        update(Map.of("list", AttributeValueUpdate.add(AttributeValue.ofList(List.of(n("1"))))));
        Map<String, AttributeValue> after =
                update(Map.of("list", AttributeValueUpdate.add(AttributeValue.ofList(List.of(n("2"))))));

        assertThat(after).containsEntry("plain", s("v"));
        assertThat(after).containsEntry("list", AttributeValue.ofList(List.of(n("1"), n("2"))));
    }

    @Test
    void aMissingItem_isCreatedByPutAndAdd_butNotByDelete() {
        Map<String, AttributeValue> created = store().updateItem(UpdateItemRequest.builder(table, item(PK, s("new")))
                        .attributeUpdates(Map.of("counter", AttributeValueUpdate.add(n("1"))))
                        .returnValues(ReturnValue.ALL_NEW)
                        .build())
                .attributes();
        store().updateItem(UpdateItemRequest.builder(table, item(PK, s("none")))
                .attributeUpdates(Map.of("gone", AttributeValueUpdate.remove()))
                .build());

        assertThat(created).isEqualTo(item(PK, s("new"), "counter", n("1")));
        assertThat(get(table, item(PK, s("none")))).isEmpty();
    }

    @Test
    void expected_conditionsTheChanges() {
        assertThatThrownBy(() -> store().updateItem(UpdateItemRequest.builder(table, key)
                        .attributeUpdates(Map.of("counter", AttributeValueUpdate.put(n("0"))))
                        .expected(Map.of("counter", ExpectedAttributeValue.equalTo(n("9"))))
                        .build()))
                .isExactlyInstanceOf(ConditionFailedException.class);

        store().updateItem(UpdateItemRequest.builder(table, key)
                .attributeUpdates(Map.of("counter", AttributeValueUpdate.put(n("0"))))
                .expected(Map.of("counter", ExpectedAttributeValue.equalTo(n("10"))))
                .build());

        assertThat(get(table, key).orElseThrow()).containsEntry("counter", n("0"));
    }

    @Test
    void mixingWithAnUpdateExpression_isRejected() {
        assertValidationError(
                () -> store().updateItem(UpdateItemRequest.builder(table, key)
                        .updateExpression("SET attr1 = :v")
                        .expressionAttributeValues(item(":v", s("val")))
                        .attributeUpdates(Map.of("attr1", AttributeValueUpdate.put(s("val"))))
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {AttributeUpdates} Expression parameters: {UpdateExpression}");
        assertValidationError(
                () -> store().updateItem(UpdateItemRequest.builder(table, key)
                        .conditionExpression("attribute_exists(pk)")
                        .attributeUpdates(Map.of("attr1", AttributeValueUpdate.put(s("val"))))
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {AttributeUpdates} Expression parameters: {ConditionExpression}");
    }

    @Test
    void refusedChanges_areRejectedWithDynamoDbsMessages() {
        assertValidationError(
                () -> update(Map.of(PK, AttributeValueUpdate.put(s("other")))),
                "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the"
                        + " key");
        assertValidationError(
                () -> update(Map.of("a", new AttributeValueUpdate(Optional.empty(), AttributeAction.PUT))),
                "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is"
                        + " specified");
        assertValidationError(
                () -> update(Map.of("a", AttributeValueUpdate.add(s("x")))),
                "One or more parameter values were invalid: ADD action is not supported for the type S");
        assertValidationError(
                () -> update(Map.of("a", AttributeValueUpdate.delete(n("1")))),
                "One or more parameter values were invalid: DELETE action with value is not supported for the type N");
    }
}
