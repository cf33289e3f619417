package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Expressions DynamoDB rejects before evaluating anything: undefined and unused placeholders, syntax errors,
 * reserved words, misused functions and operands, and names or values given without an expression (research §1.5,
 * §1.6, §2 #3-#12, #22-#25). Each rejected write leaves the table unchanged.
 */
public abstract class ExpressionErrorContract extends PortContract {
    private String table;
    private Map<String, AttributeValue> stored;

    @BeforeEach
    void storeAnItem() {
        table = createHashTable("expr");
        stored = item(PK, s("k"), "num", n("1"));
        put(table, stored);
    }

    private void conditionalPut(String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        store().putItem(PutItemRequest.builder(table, item(PK, s("k"), "num", n("2")))
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build());
    }

    private void assertUnchanged() {
        assertThat(get(table, item(PK, s("k")))).contains(stored);
    }

    @Test
    void undefinedNamePlaceholder_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("attribute_exists(#missing)", Map.of(), Map.of()),
                "Invalid ConditionExpression: An expression attribute name used in the document path is not"
                        + " defined; attribute name: #missing");
        assertUnchanged();
    }

    @Test
    void undefinedValuePlaceholder_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("num = :missing", Map.of(), Map.of()),
                "Invalid ConditionExpression: An expression attribute value used in expression is not defined;"
                        + " attribute value: :missing");
        assertUnchanged();
    }

    @Test
    void unusedNamePlaceholder_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("attribute_exists(pk)", Map.of("#unused", "num"), Map.of()),
                "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
        assertUnchanged();
    }

    @Test
    void unusedValuePlaceholder_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("attribute_exists(pk)", Map.of(), Map.of(":unused", n("1"))),
                "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
        assertUnchanged();
    }

    @Test
    void placeholdersUsed_areAccepted() {
        conditionalPut("#n = :one", Map.of("#n", "num"), Map.of(":one", n("1")));

        assertThat(get(table, item(PK, s("k")))).contains(item(PK, s("k"), "num", n("2")));
    }

    @Test
    void valuesWithoutAnyExpression_failWithValidation() {
        assertValidationError(
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k")))
                        .expressionAttributeValues(Map.of(":v", n("1")))
                        .build()),
                "ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is"
                        + " null");
        assertUnchanged();
    }

    @Test
    void namesWithoutAnyExpression_failWithValidation() {
        assertValidationError(
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k")))
                        .expressionAttributeNames(Map.of("#n", "num"))
                        .build()),
                "ExpressionAttributeNames can only be specified when using expressions");
        assertUnchanged();
    }

    @Test
    void syntaxError_failsWithValidationNamingTheToken() {
        assertValidationError(
                () -> conditionalPut("num = = :v", Map.of(), Map.of(":v", n("1"))),
                "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"");
        assertUnchanged();
    }

    @Test
    void emptyExpression_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("", Map.of(), Map.of()),
                "Invalid ConditionExpression: The expression can not be empty;");
        assertUnchanged();
    }

    @Test
    void reservedWordAsAttributeName_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("attribute_exists(Name)", Map.of(), Map.of()),
                "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name");
        assertUnchanged();
    }

    @Test
    void reservedWordBehindAPlaceholder_isAccepted() {
        conditionalPut("attribute_not_exists(#name)", Map.of("#name", "name"), Map.of());

        assertThat(get(table, item(PK, s("k")))).contains(item(PK, s("k"), "num", n("2")));
    }

    @Test
    void redundantParentheses_failWithValidation() {
        assertValidationError(
                () -> conditionalPut("((num = :v))", Map.of(), Map.of(":v", n("1"))),
                "Invalid ConditionExpression: The expression has redundant parentheses;");
        assertUnchanged();
    }

    @Test
    void unknownFunction_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("foo(num)", Map.of(), Map.of()),
                "Invalid ConditionExpression: Invalid function name; function: foo");
        assertUnchanged();
    }

    @Test
    void betweenWithLowerBoundAboveUpperBound_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("num BETWEEN :low AND :high", Map.of(), item(":low", n("2"), ":high", n("1"))),
                "Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal"
                        + " to lower bound; lower bound operand: AttributeValue: {N:2}, upper bound operand:"
                        + " AttributeValue: {N:1}");
        assertUnchanged();
    }

    @Test
    void orderingComparisonWithAListLiteral_failsWithValidation() {
        assertValidationError(
                () -> conditionalPut("num < :v", Map.of(), Map.of(":v", AttributeValue.ofList(List.of(n("1"))))),
                "Invalid ConditionExpression: Incorrect operand type for operator or function; operator or"
                        + " function: <, operand type: L");
        assertUnchanged();
    }

    @Test
    void undefinedNameInProjection_failsWithValidation() {
        assertValidationError(
                () -> store().getItem(GetItemRequest.builder(table, item(PK, s("k")))
                        .projectionExpression("#missing")
                        .build()),
                "Invalid ProjectionExpression: An expression attribute name used in the document path is not"
                        + " defined; attribute name: #missing");
    }
}
