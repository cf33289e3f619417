package io.tabletheory.inmemory.internal.expr.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ConditionEvaluator;
import io.tabletheory.inmemory.internal.expr.parse.ConditionParser;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks and evaluation of conditions: DynamoDB's missing-attribute, type and function semantics. */
class ConditionSemanticsTest {
    private static final Map<String, String> NAMES = Map.of("#a", "a", "#dot", "x.y");

    private static final Map<String, AttributeValue> ITEM = item();

    private static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("s", AttributeValue.ofString("hello"));
        item.put("n", AttributeValue.ofNumber(10));
        item.put("b", AttributeValue.ofBinary(new byte[] {1, 2, (byte) 0xff}));
        item.put("ss", AttributeValue.ofStringSet(List.of("x", "y")));
        item.put("ns", AttributeValue.ofNumberSet(List.of("1", "2")));
        item.put("l", AttributeValue.ofList(List.of(AttributeValue.ofString("e0"), AttributeValue.ofNumber(7))));
        item.put("m", AttributeValue.ofMap(Map.of("k", AttributeValue.ofString("v"))));
        item.put("bool", AttributeValue.ofBoolean(true));
        item.put("x.y", AttributeValue.ofString("dotted"));
        item.put("a", AttributeValue.ofNumber(10));
        return item;
    }

    private static boolean eval(String expression, Map<String, AttributeValue> values) {
        return eval(expression, ITEM, values);
    }

    private static boolean eval(
            String expression, Map<String, AttributeValue> item, Map<String, AttributeValue> values) {
        ParsedCondition parsed = ConditionParser.parse(expression, ExpressionKind.CONDITION);
        Map<String, String> names = new LinkedHashMap<>();
        for (String placeholder : parsed.placeholders()) {
            if (placeholder.startsWith("#")) {
                names.put(placeholder, NAMES.get(placeholder));
            }
        }
        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.CONDITION, names, values);
        ConditionChecker.check(parsed, ExpressionKind.CONDITION, names, values);
        return ConditionEvaluator.evaluate(parsed.condition(), item, names, values);
    }

    private static void assertInvalid(String expression, Map<String, AttributeValue> values, String detail) {
        assertThatThrownBy(() -> eval(expression, values))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: " + detail);
    }

    private static Map<String, AttributeValue> v(Object... pairs) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return values;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.ofNumber(value);
    }

    @Test
    void comparisonWithMissingAttribute_isFalseExceptNotEqual() {
        assertThat(eval("gone = :v", v(":v", n(1)))).isFalse();
        assertThat(eval("gone < :v", v(":v", n(1)))).isFalse();
        assertThat(eval("gone BETWEEN :v AND :w", v(":v", n(1), ":w", n(2)))).isFalse();
        assertThat(eval("gone IN (:v)", v(":v", n(1)))).isFalse();
        assertThat(eval("gone <> :v", v(":v", n(1)))).isTrue();
        assertThat(eval("gone <> elsewhere", v())).isTrue();
        assertThat(eval("gone = elsewhere", v())).isFalse();
    }

    @Test
    void conditionOnAbsentItem_seesEveryAttributeMissing() {
        assertThat(eval("attribute_not_exists(pk)", Map.of(), v())).isTrue();
        assertThat(eval("attribute_exists(pk)", Map.of(), v())).isFalse();
        assertThat(eval("x <> :v", Map.of(), v(":v", n(1)))).isTrue();
    }

    @Test
    void differentTypes_areUnequalAndUnordered() {
        assertThat(eval("n = :v", v(":v", s("10")))).isFalse();
        assertThat(eval("n <> :v", v(":v", s("10")))).isTrue();
        assertThat(eval("n < :v", v(":v", s("99")))).isFalse();
        assertThat(eval("n >= :v", v(":v", s("1")))).isFalse();
    }

    @Test
    void ordering_followsDynamoDbTypeOrder() {
        assertThat(eval("n > :v", v(":v", n(9)))).isTrue();
        assertThat(eval("n <= :v", v(":v", AttributeValue.ofNumber("1e1")))).isTrue();
        assertThat(eval("s < :v", v(":v", s("help")))).isTrue();
        assertThat(eval("b > :v", v(":v", AttributeValue.ofBinary(new byte[] {1, 2, 0x7f}))))
                .isTrue();
        assertThat(eval("n BETWEEN :lo AND :hi", v(":lo", n(10), ":hi", n(10)))).isTrue();
        assertThat(eval("n BETWEEN :lo AND :hi", v(":lo", n(11), ":hi", n(12)))).isFalse();
    }

    @Test
    void equality_comparesNumbersByValueAndSetsIgnoringOrder() {
        assertThat(eval("n = :v", v(":v", AttributeValue.ofNumber("10.0")))).isTrue();
        assertThat(eval("ss = :v", v(":v", AttributeValue.ofStringSet(List.of("y", "x")))))
                .isTrue();
        assertThat(eval("m = :v", v(":v", AttributeValue.ofMap(Map.of("k", s("v"))))))
                .isTrue();
        assertThat(eval("n IN (:a, :b)", v(":a", s("x"), ":b", n(10)))).isTrue();
    }

    @Test
    void logicalOperators_combine() {
        assertThat(eval("n = :v AND s = :s", v(":v", n(10), ":s", s("hello")))).isTrue();
        assertThat(eval("n = :v AND NOT s = :s", v(":v", n(10), ":s", s("hello"))))
                .isFalse();
        assertThat(eval("n = :s OR s = :s", v(":s", s("hello")))).isTrue();
    }

    @Test
    void documentPaths_reachIntoMapsAndLists() {
        assertThat(eval("m.k = :v", v(":v", s("v")))).isTrue();
        assertThat(eval("l[1] = :v", v(":v", n(7)))).isTrue();
        assertThat(eval("attribute_exists(l[2])", v())).isFalse();
        assertThat(eval("attribute_exists(m[0])", v())).isFalse();
        assertThat(eval("attribute_exists(s.k)", v())).isFalse();
    }

    @Test
    void placeholderWithDot_namesLiteralTopLevelAttribute() {
        assertThat(eval("#dot = :v", v(":v", s("dotted")))).isTrue();
    }

    @Test
    void functions_followDynamoDbSemantics() {
        assertThat(eval("attribute_type(s, :t)", v(":t", s("S")))).isTrue();
        assertThat(eval("attribute_type(s, :t)", v(":t", s("N")))).isFalse();
        assertThat(eval("begins_with(s, :p)", v(":p", s("he")))).isTrue();
        assertThat(eval("begins_with(n, :p)", v(":p", s("1")))).isFalse();
        assertThat(eval("begins_with(b, :p)", v(":p", AttributeValue.ofBinary(new byte[] {1, 2}))))
                .isTrue();
        assertThat(eval("contains(s, :p)", v(":p", s("ell")))).isTrue();
        assertThat(eval("contains(ss, :p)", v(":p", s("x")))).isTrue();
        assertThat(eval("contains(ns, :p)", v(":p", AttributeValue.ofNumber("2.0"))))
                .isTrue();
        assertThat(eval("contains(l, :p)", v(":p", n(7)))).isTrue();
        assertThat(eval("contains(m, :p)", v(":p", s("k")))).isFalse();
        assertThat(eval("contains(b, :p)", v(":p", AttributeValue.ofBinary(new byte[] {2, (byte) 0xff}))))
                .isTrue();
        assertThat(eval("size(s) = :n", v(":n", n(5)))).isTrue();
        assertThat(eval("size(ss) = :n", v(":n", n(2)))).isTrue();
        assertThat(eval("size(m) = :n", v(":n", n(1)))).isTrue();
        assertThat(eval("size(b) = :n", v(":n", n(3)))).isTrue();
        assertThat(eval("size(n) = :n", v(":n", n(2)))).isFalse();
        assertThat(eval("size(n) <> :n", v(":n", n(2)))).isTrue();
        assertThat(eval("size(:v) = :n", v(":v", s("abc"), ":n", n(3)))).isTrue();
    }

    @Test
    void orderingOperatorWithUnorderedLiteral_isValidationError() {
        assertInvalid(
                "n < :v",
                v(":v", AttributeValue.ofList(List.of())),
                "Incorrect operand type for operator or function; operator or function: <, operand type: L");
        assertInvalid(
                "n BETWEEN :v AND :w",
                v(":v", AttributeValue.ofBoolean(true), ":w", n(1)),
                "Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: BOOL");
        // an unordered value in the item is not an error, just false
        assertThat(eval("bool < :v", v(":v", n(1)))).isFalse();
    }

    @Test
    void betweenWithLiteralBounds_requiresSameTypeAndOrder() {
        assertInvalid(
                "n BETWEEN :lo AND :hi",
                v(":lo", n(1), ":hi", s("a")),
                "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand:"
                        + " AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:a}");
        assertInvalid(
                "n BETWEEN :lo AND :hi",
                v(":lo", n(2), ":hi", n(1)),
                "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound"
                        + " operand: AttributeValue: {N:2}, upper bound operand: AttributeValue: {N:1}");
        // bounds read from the item are not checked
        assertThat(eval("n BETWEEN a AND :lo", v(":lo", n(1)))).isFalse();
    }

    @Test
    void functionOperandTypes_areChecked() {
        assertInvalid(
                "begins_with(a, :a)",
                v(":a", n(1)),
                "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N");
        assertInvalid(
                "begins_with(:a, a)",
                v(":a", AttributeValue.ofMap(Map.of())),
                "Incorrect operand type for operator or function; operator or function: begins_with, operand type: M");
        assertInvalid(
                "size(size(a)) > :a",
                v(":a", n(1)),
                "Incorrect operand type for operator or function; operator or function: size, operand type: N");
        assertInvalid(
                "size(:a) > a",
                v(":a", AttributeValue.ofNull()),
                "Incorrect operand type for operator or function; operator or function: size, operand type: NULL");
        assertInvalid(
                "attribute_not_exists(size(:a))",
                v(":a", n(1)),
                "Incorrect operand type for operator or function; operator or function: size, operand type: N");
        assertInvalid(
                "attribute_type(a, :a)",
                v(":a", n(1)),
                "Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N");
    }

    @Test
    void attributeType_rejectsUnknownTypeName() {
        assertInvalid(
                "attribute_type(a, :t)",
                v(":t", s("DOG")),
                "Invalid attribute type name found; type: DOG, valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
    }

    @Test
    void existenceFunctions_requireDocumentPath() {
        assertInvalid(
                "attribute_exists(:a)",
                v(":a", s("1")),
                "Operator or function requires a document path; operator or function: attribute_exists");
        assertInvalid(
                "attribute_not_exists(size(:a))",
                v(":a", s("1")),
                "Operator or function requires a document path; operator or function: attribute_not_exists");
    }

    @Test
    void repeatedFirstOperand_isRejected() {
        assertInvalid(
                "a = a AND #a = b",
                v(),
                "The first operand must be distinct from the remaining operands for this"
                        + " operator or function; operator: =, first operand: [a]");
        assertInvalid(
                "#a <> a",
                v(),
                "The first operand must be distinct from the remaining operands for this"
                        + " operator or function; operator: <>, first operand: [a]");
        assertInvalid(
                "contains(m.k[1].a, m.k[1].#a)",
                v(),
                "The first operand must be distinct from the remaining"
                        + " operands for this operator or function; operator: contains, first operand: [m, k, [1], a]");
        assertThat(eval(":v = :v", v(":v", n(1)))).isTrue();
    }

    @Test
    void wrongOperandCount_isReportedByChecker() {
        assertInvalid(
                "begins_with(a, size(a), b)",
                v(),
                "Incorrect number of operands for operator or function;"
                        + " operator or function: begins_with, number of operands: 3");
    }

    @Test
    void undefinedPlaceholders_areReportedInTextOrder() {
        ParsedCondition parsed = ConditionParser.parse("begins_with(:hello, #a, #b)", ExpressionKind.FILTER);
        assertThatThrownBy(() ->
                        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.FILTER, Map.of(), Map.of()))
                .hasMessage("Invalid FilterExpression: An expression attribute value used in expression is not"
                        + " defined; attribute value: :hello");
        ParsedCondition names = ConditionParser.parse("(#P between :lo and :hi)", ExpressionKind.FILTER);
        assertThatThrownBy(() ->
                        PlaceholderRules.checkDefined(names.placeholders(), ExpressionKind.FILTER, Map.of(), Map.of()))
                .hasMessage("Invalid FilterExpression: An expression attribute name used in the document path is not"
                        + " defined; attribute name: #P");
    }
}
