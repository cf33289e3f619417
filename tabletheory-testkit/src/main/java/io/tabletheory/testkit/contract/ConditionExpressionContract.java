package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ConditionExpression on PutItem and DeleteItem: every comparator, logical operator and function, on a stored item
 * and on a missing one, and the failure itself: {@code ConditionalCheckFailedException}, with the stored item when
 * ReturnValuesOnConditionCheckFailure is ALL_OLD (research §1.6, §1.10).
 */
public abstract class ConditionExpressionContract extends PortContract {
    private static final String CONDITION_FAILED = "The conditional request failed";

    private String table;
    private Map<String, AttributeValue> stored;

    @BeforeEach
    void storeAnItem() {
        table = createHashTable("cond");
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
                AttributeValue.ofList(List.of(s("a"), n("1"))),
                "props",
                AttributeValue.ofMap(item("colour", s("red"))),
                "bin",
                AttributeValue.ofBinary(new byte[] {1, 2, 3}),
                "flag",
                AttributeValue.ofBoolean(true),
                "nothing",
                AttributeValue.ofNull());
        put(table, stored);
    }

    private boolean holds(String condition, Object... valueNamesAndValues) {
        return holdsOnStoredItem(table, stored, condition, item(valueNamesAndValues));
    }

    private boolean holdsWhenMissing(String condition, Object... valueNamesAndValues) {
        return holdsOnMissingItem(table, item(PK, s("missing")), condition, item(valueNamesAndValues));
    }

    @Test
    void attributeExists_isTrueForStoredAttributesAndFalseForAbsentOnes() {
        assertThat(holds("attribute_exists(pk)")).isTrue();
        assertThat(holds("attribute_exists(props.colour)")).isTrue();
        assertThat(holds("attribute_exists(absent)")).isFalse();
        assertThat(holdsWhenMissing("attribute_exists(pk)")).isFalse();
    }

    @Test
    void attributeNotExists_isTrueOnlyWhereTheAttributeIsAbsent() {
        assertThat(holds("attribute_not_exists(pk)")).isFalse();
        assertThat(holds("attribute_not_exists(absent)")).isTrue();
        assertThat(holdsWhenMissing("attribute_not_exists(pk)")).isTrue();
    }

    @Test
    void comparators_compareNumbersByValue() {
        assertThat(holds("num = :v", ":v", n("5.0"))).isTrue();
        assertThat(holds("num <> :v", ":v", n("6"))).isTrue();
        assertThat(holds("num < :v", ":v", n("6"))).isTrue();
        assertThat(holds("num <= :v", ":v", n("5"))).isTrue();
        assertThat(holds("num > :v", ":v", n("4"))).isTrue();
        assertThat(holds("num >= :v", ":v", n("5"))).isTrue();
        assertThat(holds("num > :v", ":v", n("5"))).isFalse();
        assertThat(holds("num < :v", ":v", n("-10"))).isFalse();
    }

    @Test
    void comparators_orderStringsAndBinaryByUnsignedBytes() {
        assertThat(holds("greeting = :v", ":v", s("hello"))).isTrue();
        assertThat(holds("greeting > :v", ":v", s("Hello"))).isTrue();
        assertThat(holds("greeting < :v", ":v", s("hellp"))).isTrue();
        assertThat(holds("bin > :v", ":v", AttributeValue.ofBinary(new byte[] {1, 2})))
                .isTrue();
        assertThat(holds("bin < :v", ":v", AttributeValue.ofBinary(new byte[] {(byte) 0x80})))
                .isTrue();
    }

    @Test
    void comparators_betweenDifferentTypes_areUnequalAndUnordered() {
        assertThat(holds("num = :v", ":v", s("5"))).isFalse();
        assertThat(holds("num <> :v", ":v", s("5"))).isTrue();
        assertThat(holds("greeting < :v", ":v", n("9"))).isFalse();
    }

    @Test
    void comparators_withAMissingAttribute_areFalseExceptNotEqual() {
        assertThat(holds("absent = :v", ":v", n("1"))).isFalse();
        assertThat(holds("absent < :v", ":v", n("1"))).isFalse();
        assertThat(holds("absent <> :v", ":v", n("1"))).isTrue();
        assertThat(holdsWhenMissing("num = :v", ":v", n("5"))).isFalse();
        assertThat(holdsWhenMissing("num <> :v", ":v", n("5"))).isTrue();
    }

    @Test
    void logicalOperators_combineWithNotBeforeAndBeforeOr() {
        assertThat(holds("num = :five AND greeting = :hello", ":five", n("5"), ":hello", s("hello")))
                .isTrue();
        assertThat(holds("num = :six AND greeting = :hello", ":six", n("6"), ":hello", s("hello")))
                .isFalse();
        assertThat(holds("num = :six OR greeting = :hello", ":six", n("6"), ":hello", s("hello")))
                .isTrue();
        assertThat(holds("NOT num = :six", ":six", n("6"))).isTrue();
        assertThat(holds("NOT attribute_exists(pk)")).isFalse();
        // OR binds looser than AND: true OR (false AND false)
        assertThat(holds("num = :five OR num = :six AND greeting = :six", ":five", n("5"), ":six", n("6")))
                .isTrue();
        assertThat(holds("(num = :five OR num = :six) AND greeting = :six", ":five", n("5"), ":six", n("6")))
                .isFalse();
    }

    @Test
    void between_includesBothBounds() {
        assertThat(holds("num BETWEEN :low AND :high", ":low", n("5"), ":high", n("7")))
                .isTrue();
        assertThat(holds("num BETWEEN :low AND :high", ":low", n("1"), ":high", n("5")))
                .isTrue();
        assertThat(holds("num BETWEEN :low AND :high", ":low", n("6"), ":high", n("7")))
                .isFalse();
        assertThat(holds("greeting BETWEEN :low AND :high", ":low", s("a"), ":high", s("i")))
                .isTrue();
    }

    @Test
    void in_matchesAnyListedValue() {
        assertThat(holds("num IN (:a, :b)", ":a", n("4"), ":b", n("5"))).isTrue();
        assertThat(holds("num IN (:a, :b)", ":a", n("4"), ":b", s("5"))).isFalse();
        assertThat(holds("greeting IN (:a)", ":a", s("hello"))).isTrue();
    }

    @Test
    void beginsWith_matchesStringPrefixesOnly() {
        assertThat(holds("begins_with(greeting, :p)", ":p", s("he"))).isTrue();
        assertThat(holds("begins_with(greeting, :p)", ":p", s("lo"))).isFalse();
        assertThat(holds("begins_with(absent, :p)", ":p", s("he"))).isFalse();
        assertThat(holds("begins_with(bin, :p)", ":p", AttributeValue.ofBinary(new byte[] {1, 2})))
                .isTrue();
        assertThat(holds("begins_with(num, :p)", ":p", s("5"))).isFalse();
    }

    @Test
    void contains_testsSubstringsAndMembership() {
        assertThat(holds("contains(greeting, :v)", ":v", s("ell"))).isTrue();
        assertThat(holds("contains(greeting, :v)", ":v", s("xyz"))).isFalse();
        assertThat(holds("contains(tags, :v)", ":v", s("red"))).isTrue();
        assertThat(holds("contains(tags, :v)", ":v", s("green"))).isFalse();
        assertThat(holds("contains(entries, :v)", ":v", n("1"))).isTrue();
        assertThat(holds("contains(entries, :v)", ":v", s("1"))).isFalse();
    }

    @Test
    void size_countsCharactersBytesElementsAndEntries() {
        assertThat(holds("size(greeting) = :v", ":v", n("5"))).isTrue();
        assertThat(holds("size(tags) = :v", ":v", n("2"))).isTrue();
        assertThat(holds("size(entries) = :v", ":v", n("2"))).isTrue();
        assertThat(holds("size(props) = :v", ":v", n("1"))).isTrue();
        assertThat(holds("size(bin) > :v", ":v", n("2"))).isTrue();
        assertThat(holds("size(absent) >= :v", ":v", n("0"))).isFalse();
    }

    @Test
    void attributeType_matchesTheStoredType() {
        assertThat(holds("attribute_type(num, :t)", ":t", s("N"))).isTrue();
        assertThat(holds("attribute_type(num, :t)", ":t", s("S"))).isFalse();
        assertThat(holds("attribute_type(tags, :t)", ":t", s("SS"))).isTrue();
        assertThat(holds("attribute_type(entries, :t)", ":t", s("L"))).isTrue();
        assertThat(holds("attribute_type(props, :t)", ":t", s("M"))).isTrue();
        assertThat(holds("attribute_type(flag, :t)", ":t", s("BOOL"))).isTrue();
        assertThat(holds("attribute_type(nothing, :t)", ":t", s("NULL"))).isTrue();
        assertThat(holds("attribute_type(absent, :t)", ":t", s("S"))).isFalse();
    }

    @Test
    void nestedPaths_reachIntoMapsAndLists() {
        assertThat(holds("props.colour = :v", ":v", s("red"))).isTrue();
        assertThat(holds("entries[1] = :v", ":v", n("1"))).isTrue();
        assertThat(holds("entries[5] = :v", ":v", n("1"))).isFalse();
    }

    @Test
    void failedCondition_onPut_throwsConditionFailedAndLeavesTheItem() {
        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k"), "num", n("6")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .build()),
                CONDITION_FAILED);

        assertThat(failed.item()).isEmpty();
        assertThat(get(table, item(PK, s("k")))).contains(stored);
    }

    @Test
    void failedCondition_withReturnValuesOnFailureAllOld_carriesTheStoredItem() {
        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k")))
                        .conditionExpression("num = :v")
                        .expressionAttributeValues(item(":v", n("6")))
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()),
                CONDITION_FAILED);

        assertThat(failed.item()).contains(stored);
    }

    @Test
    void failedCondition_onDeleteWithReturnValuesOnFailureAllOld_carriesTheStoredItem() {
        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                        .conditionExpression("attribute_not_exists(num)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()),
                CONDITION_FAILED);

        assertThat(failed.item()).contains(stored);
        assertThat(get(table, item(PK, s("k")))).isPresent();
    }

    @Test
    void failedCondition_carriesAStoredItemWithEmptyListsAndMaps_intact() {
        Map<String, AttributeValue> withEmpties = item(
                PK,
                s("empties"),
                "list",
                AttributeValue.ofList(List.of()),
                "map",
                AttributeValue.ofMap(Map.of()),
                "nested",
                AttributeValue.ofMap(Map.of("inner", AttributeValue.ofList(List.of()))));
        put(table, withEmpties);

        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("empties")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()),
                CONDITION_FAILED);

        assertThat(failed.item()).contains(withEmpties);
    }

    @Test
    void failedCondition_carriesAStoredItemWithNestedEmptyMaps_intact() {
        Map<String, AttributeValue> withNestedEmptyMaps = item(
                PK,
                s("nested-empties"),
                "list",
                AttributeValue.ofList(List.of(AttributeValue.ofMap(Map.of()))),
                "map",
                AttributeValue.ofMap(Map.of("inner", AttributeValue.ofMap(Map.of()))));
        put(table, withNestedEmptyMaps);

        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("nested-empties")))
                        .conditionExpression("attribute_not_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()),
                CONDITION_FAILED);

        // ReturnValuesOnConditionCheckFailure ALL_OLD returns the whole stored item (research §1.10), nested empty
        // maps included. Embedded DynamoDB Local 3.1.0 was observed to lose the type of a nested empty map ({"M": {}}
        // inside L or M) when copying the item into the SDK's exception, so the item could not be read.
        assertThat(failed.item()).contains(withNestedEmptyMaps);
    }

    @Test
    void failedCondition_onMissingItemWithReturnValuesOnFailureAllOld_carriesNoItem() {
        ConditionFailedException failed = assertError(
                ConditionFailedException.class,
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("new")))
                        .conditionExpression("attribute_exists(pk)")
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                        .build()),
                CONDITION_FAILED);

        assertThat(failed.item()).isEmpty();
        assertThat(get(table, item(PK, s("new")))).isEmpty();
    }

    @Test
    void conditionalCreate_succeedsOnceAndThenFails() {
        PutItemRequest create = PutItemRequest.builder(table, item(PK, s("fresh"), "v", n("1")))
                .conditionExpression("attribute_not_exists(pk)")
                .build();

        store().putItem(create);

        assertError(ConditionFailedException.class, () -> store().putItem(create), CONDITION_FAILED);
    }
}
