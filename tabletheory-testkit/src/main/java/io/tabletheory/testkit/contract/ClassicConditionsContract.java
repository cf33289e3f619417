package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classic condition of the single-item writes ({@code Expected} with {@code ConditionalOperator}) on PutItem,
 * UpdateItem and DeleteItem: the value form ({@code Value}, {@code Exists}), every {@link ComparisonOperator}, the
 * combination of entries, and DynamoDB's errors for a malformed entry and for mixing it with a ConditionExpression
 * (DynamoDB's LegacyConditionalParameters pages; messages as DynamoDB reports them, research §1.5).
 */
public abstract class ClassicConditionsContract extends PortContract {
    private String table;
    private Map<String, AttributeValue> stored;

    @BeforeEach
    void storeAnItem() {
        table = createHashTable("classic-cond");
        stored = item(
                PK,
                s("k"),
                "num",
                n("5"),
                "greeting",
                s("hello"),
                "tags",
                AttributeValue.ofStringSet(List.of("red", "blue")),
                "entries",
                AttributeValue.ofList(List.of(s("a"), n("1"))));
        put(table, stored);
    }

    private boolean holds(String attribute, ComparisonOperator operator, AttributeValue... values) {
        return holds(Map.of(attribute, ExpectedAttributeValue.satisfying(ClassicCondition.of(operator, values))), null);
    }

    private boolean holds(Map<String, ExpectedAttributeValue> expected, ConditionalOperator operator) {
        try {
            store().putItem(PutItemRequest.builder(table, stored)
                    .expected(expected)
                    .conditionalOperator(operator)
                    .build());
            return true;
        } catch (ConditionFailedException failed) {
            return false;
        }
    }

    @Test
    void existsFalse_allowsTheFirstWriteAndRefusesTheSecond() {
        Map<String, AttributeValue> fresh = item(PK, s("fresh"), "data", s("created"));
        Map<String, ExpectedAttributeValue> absent = Map.of(PK, ExpectedAttributeValue.missing());

        store().putItem(PutItemRequest.builder(table, fresh).expected(absent).build());

        assertThat(get(table, item(PK, s("fresh")))).contains(fresh);
        assertThatThrownBy(() -> store().putItem(PutItemRequest.builder(table, fresh)
                        .expected(absent)
                        .build()))
                .isExactlyInstanceOf(ConditionFailedException.class)
                .hasMessage("The conditional request failed");
    }

    @Test
    void valueForm_requiresTheAttributeToEqualTheValue() {
        assertThat(holds(Map.of("num", ExpectedAttributeValue.equalTo(n("5.0"))), null))
                .isTrue();
        assertThat(holds(Map.of("num", ExpectedAttributeValue.equalTo(n("6"))), null))
                .isFalse();
        assertThat(holds(
                        Map.of(
                                "num",
                                new ExpectedAttributeValue(
                                        Optional.of(n("5")), Optional.of(true), Optional.empty(), List.of())),
                        null))
                .isTrue();
        assertThat(holds(Map.of("absent", ExpectedAttributeValue.equalTo(n("5"))), null))
                .isFalse();
    }

    @Test
    void comparisonOperators_compareLikeTheirExpressions() {
        assertThat(holds("num", ComparisonOperator.EQ, n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.NE, n("5"))).isFalse();
        assertThat(holds("absent", ComparisonOperator.NE, n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.LT, n("6"))).isTrue();
        assertThat(holds("num", ComparisonOperator.LE, n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.GT, n("5"))).isFalse();
        assertThat(holds("num", ComparisonOperator.GE, n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.IN, n("1"), n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.IN, n("1"), n("2"))).isFalse();
        assertThat(holds("num", ComparisonOperator.BETWEEN, n("1"), n("5"))).isTrue();
        assertThat(holds("num", ComparisonOperator.BETWEEN, n("6"), n("9"))).isFalse();
        assertThat(holds("greeting", ComparisonOperator.BEGINS_WITH, s("hel"))).isTrue();
        assertThat(holds("greeting", ComparisonOperator.BEGINS_WITH, s("el"))).isFalse();
        assertThat(holds("greeting", ComparisonOperator.LT, n("9"))).isFalse();
    }

    @Test
    void nullAndNotNull_testWhetherTheAttributeExists() {
        assertThat(holds("num", ComparisonOperator.NOT_NULL)).isTrue();
        assertThat(holds("absent", ComparisonOperator.NOT_NULL)).isFalse();
        assertThat(holds("absent", ComparisonOperator.NULL)).isTrue();
        assertThat(holds("num", ComparisonOperator.NULL)).isFalse();
    }

    @Test
    void containsAndNotContains_searchStringsSetsAndLists_andNotContainsNeedsTheAttribute() {
        assertThat(holds("greeting", ComparisonOperator.CONTAINS, s("ell"))).isTrue();
        assertThat(holds("tags", ComparisonOperator.CONTAINS, s("red"))).isTrue();
        assertThat(holds("entries", ComparisonOperator.CONTAINS, n("1"))).isTrue();
        assertThat(holds("tags", ComparisonOperator.NOT_CONTAINS, s("green"))).isTrue();
        assertThat(holds("tags", ComparisonOperator.NOT_CONTAINS, s("red"))).isFalse();
        assertThat(holds("absent", ComparisonOperator.CONTAINS, s("red"))).isFalse();
        assertThat(holds("absent", ComparisonOperator.NOT_CONTAINS, s("red"))).isFalse();
    }

    @Test
    void conditionalOperator_joinsTheEntries_andByDefault() {
        Map<String, ExpectedAttributeValue> oneMatches = new LinkedHashMap<>();
        oneMatches.put("num", ExpectedAttributeValue.equalTo(n("5")));
        oneMatches.put("greeting", ExpectedAttributeValue.equalTo(s("bye")));

        assertThat(holds(oneMatches, null)).isFalse();
        assertThat(holds(oneMatches, ConditionalOperator.AND)).isFalse();
        assertThat(holds(oneMatches, ConditionalOperator.OR)).isTrue();
    }

    @Test
    void expected_conditionsUpdateItemAndDeleteItem() {
        Map<String, ExpectedAttributeValue> wrong = Map.of("num", ExpectedAttributeValue.equalTo(n("6")));
        Map<String, ExpectedAttributeValue> right = Map.of("num", ExpectedAttributeValue.equalTo(n("5")));
        assertThatThrownBy(() -> store().updateItem(UpdateItemRequest.builder(table, item(PK, s("k")))
                        .expected(wrong)
                        .build()))
                .isExactlyInstanceOf(ConditionFailedException.class);
        assertThatThrownBy(() -> store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                        .expected(wrong)
                        .build()))
                .isExactlyInstanceOf(ConditionFailedException.class);

        store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                .expected(right)
                .build());

        assertThat(get(table, item(PK, s("k")))).isEmpty();
    }

    @Test
    void mixingExpectedWithAConditionExpression_isRejected() {
        assertValidationError(
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k")))
                        .expected(Map.of(PK, ExpectedAttributeValue.missing()))
                        .conditionExpression("attribute_not_exists(pk)")
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}");
        assertValidationError(
                () -> store().updateItem(UpdateItemRequest.builder(table, item(PK, s("k")))
                        .updateExpression("SET num = :n")
                        .expressionAttributeValues(item(":n", n("1")))
                        .expected(Map.of(PK, ExpectedAttributeValue.missing()))
                        .build()),
                "Can not use both expression and non-expression parameters in the same request:"
                        + " Non-expression parameters: {Expected} Expression parameters: {UpdateExpression}");
    }

    @Test
    void malformedEntries_areRejectedWithDynamoDbsMessages() {
        assertValidationError(
                () -> holds(
                        Map.of("num", new ExpectedAttributeValue(Optional.empty(), Optional.of(true), null, null)),
                        null),
                "One or more parameter values were invalid: Value must be provided when Exists is true for"
                        + " Attribute: num");
        assertValidationError(
                () -> holds(
                        Map.of("num", new ExpectedAttributeValue(Optional.empty(), Optional.empty(), null, null)),
                        null),
                "One or more parameter values were invalid: Value must be provided when Exists is null for"
                        + " Attribute: num");
        assertValidationError(
                () -> holds(
                        Map.of("num", new ExpectedAttributeValue(Optional.of(n("1")), Optional.of(false), null, null)),
                        null),
                "One or more parameter values were invalid: Value cannot be used when Exists is false for"
                        + " Attribute: num");
        assertValidationError(
                () -> holds(
                        Map.of(
                                "num",
                                new ExpectedAttributeValue(
                                        Optional.empty(),
                                        Optional.of(true),
                                        Optional.of(ComparisonOperator.EQ),
                                        List.of(n("1")))),
                        null),
                "One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together"
                        + " for Attribute: num");
        assertValidationError(
                () -> holds(Map.of("num", new ExpectedAttributeValue(null, null, null, List.of(n("1")))), null),
                "One or more parameter values were invalid: AttributeValueList can only be used with a"
                        + " ComparisonOperator for Attribute: num");
    }

    @Test
    void operatorValues_mustFitTheOperator() {
        assertValidationError(
                () -> holds("num", ComparisonOperator.EQ, n("1"), n("2")),
                "One or more parameter values were invalid: Invalid number of argument(s) for the EQ"
                        + " ComparisonOperator");
        assertValidationError(
                () -> holds("num", ComparisonOperator.NULL, n("1")),
                "One or more parameter values were invalid: Invalid number of argument(s) for the NULL"
                        + " ComparisonOperator");
        assertValidationError(
                () -> holds("num", ComparisonOperator.IN, n("1"), s("2")),
                "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of"
                        + " same type");
        assertValidationError(
                () -> holds("num", ComparisonOperator.BEGINS_WITH, n("1")),
                "One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N"
                        + " AttributeValue type");
        assertValidationError(
                () -> holds("tags", ComparisonOperator.LT, AttributeValue.ofStringSet(List.of("a"))),
                "One or more parameter values were invalid: ComparisonOperator LT is not valid for SS"
                        + " AttributeValue type");
        assertValidationError(
                () -> holds("num", ComparisonOperator.BETWEEN, n("9"), n("1")),
                "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
    }
}
