package io.tabletheory.inmemory.internal.expr.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.parse.UpdateParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateCheckerTest {
    private static final Map<String, AttributeValue> VALUES = Map.of(
            ":n", AttributeValue.ofNumber(1),
            ":s", AttributeValue.ofString("x"),
            ":l", AttributeValue.ofList(List.of()),
            ":ss", AttributeValue.ofStringSet(List.of("a")),
            ":b", AttributeValue.ofBoolean(true));

    private static void assertInvalid(String expression, String detail) {
        assertThatThrownBy(() -> UpdateChecker.check(UpdateParser.parse(expression), Map.of("#a", "a"), VALUES))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: " + detail);
    }

    @Test
    void targets_areResolvedThroughNames() {
        assertThat(UpdateChecker.check(UpdateParser.parse("SET #a.b = :n"), Map.of("#a", "x.y"), VALUES))
                .containsExactly(new ResolvedPath(List.of(new ResolvedPath.Key("x.y"), new ResolvedPath.Key("b"))));
    }

    @Test
    void overlappingAndConflictingTargets_areRejected_earlierPathFirst() {
        assertInvalid(
                "SET a.b = :n REMOVE a",
                "Two document paths overlap with each other; must remove or rewrite one of these paths; path one:"
                        + " [a, b], path two: [a]");
        assertInvalid(
                "SET #a = :n, a = :n",
                "Two document paths overlap with each other; must remove or rewrite one of these paths; path one:"
                        + " [a], path two: [a]");
        assertInvalid(
                "SET m[1] = :n, m.b = :n",
                "Two document paths conflict with each other; must remove or rewrite one of these paths; path one:"
                        + " [m, [1]], path two: [m, b]");
    }

    @Test
    void overlap_isReportedBeforeAnUndefinedValue() {
        assertInvalid(
                "SET a = :nope, a = :n",
                "Two document paths overlap with each other; must remove or rewrite one of these paths; path one:"
                        + " [a], path two: [a]");
    }

    @Test
    void actions_areCheckedFromTheLast() {
        assertInvalid(
                "SET a = :nope, b = :n + :s",
                "Incorrect operand type for operator or function; operator or function: +, operand type: S");
        assertInvalid(
                "SET a = :n + :s, b = :nope",
                "An expression attribute value used in expression is not defined; attribute value: :nope");
        assertInvalid(
                "SET a = :n + :s, b = list_append(:l)",
                "Incorrect number of operands for operator or function; operator or function: list_append, number"
                        + " of operands: 1");
    }

    @Test
    void literalOperands_mustHaveTheOperatorsType() {
        assertInvalid(
                "SET a = :n - :l",
                "Incorrect operand type for operator or function; operator or function: -, operand type: L");
        assertInvalid(
                "SET a = list_append(:l, :n)",
                "Incorrect operand type for operator or function; operator or function: list_append, operand type: N");
        assertInvalid(
                "ADD a :s", "Incorrect operand type for operator or function; operator: ADD, operand type: STRING");
        assertInvalid(
                "ADD a :b", "Incorrect operand type for operator or function; operator: ADD, operand type: BOOLEAN");
        assertInvalid(
                "DELETE a :n",
                "Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER");
        assertInvalid(
                "DELETE a :l", "Incorrect operand type for operator or function; operator: DELETE, operand type: LIST");
    }

    @Test
    void ifNotExists_needsADocumentPath_beforeOperandTypesAreChecked() {
        assertInvalid(
                "SET a = :s + if_not_exists(:n, :n)",
                "Operator or function requires a document path; operator or function: if_not_exists");
    }

    @Test
    void moreThan300PlusOrMinus_areRejected() {
        StringBuilder text = new StringBuilder("SET a0=:n+:n");
        for (int i = 1; i <= 300; i++) {
            text.append(",a").append(i).append("=:n-:n");
        }
        assertInvalid(text.toString(), "The expression contains too many operators; operator count: 301");
    }

    @Test
    void undefinedNames_areReportedFromTheLastAction() {
        assertThatThrownBy(() -> UpdateChecker.check(UpdateParser.parse("SET #x = :n, #y = :n"), Map.of(), VALUES))
                .hasMessage("Invalid UpdateExpression: An expression attribute name used in the document path is not"
                        + " defined; attribute name: #y");
    }
}
