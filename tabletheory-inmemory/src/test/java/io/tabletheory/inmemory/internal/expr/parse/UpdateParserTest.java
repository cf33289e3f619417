package io.tabletheory.inmemory.internal.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.print.UpdatePrinter;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateParserTest {

    private static List<UpdateAction> parse(String text) {
        ParsedUpdate parsed = UpdateParser.parse(text);
        assertThat(parsed.deferredErrors()).allMatch(Optional::isEmpty);
        return parsed.actions();
    }

    private static void assertInvalid(String text, String detail) {
        assertThatThrownBy(() -> UpdateParser.parse(text))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid UpdateExpression: " + detail);
    }

    private static DocumentPath path(PathElement... elements) {
        return new DocumentPath(List.of(elements));
    }

    private static PathElement.Name name(String name) {
        return new PathElement.Name(name);
    }

    private static UpdateValue value(String token) {
        return new UpdateValue.Value(token);
    }

    private static UpdateValue attribute(String name) {
        return new UpdateValue.Path(path(name(name)));
    }

    @Test
    void clauses_parseInAnyOrderAndCase_intoActionsInTextOrder() {
        assertThat(parse("remove x, y.z[2] set a = :v, #b = c add n :one delete s :gone"))
                .containsExactly(
                        new UpdateAction.Remove(path(name("x"))),
                        new UpdateAction.Remove(path(name("y"), name("z"), new PathElement.Index(2))),
                        new UpdateAction.Set(path(name("a")), value(":v")),
                        new UpdateAction.Set(path(new PathElement.Placeholder("#b")), attribute("c")),
                        new UpdateAction.Add(path(name("n")), ":one"),
                        new UpdateAction.Delete(path(name("s")), ":gone"));
    }

    @Test
    void setValues_takeOnePlusOrMinus_andNestedFunctions() {
        assertThat(parse("SET a = if_not_exists(a, :zero) + :one, l = list_append(if_not_exists(l, :e), :v),"
                        + " m = (:x) - (b)"))
                .containsExactly(
                        new UpdateAction.Set(
                                path(name("a")),
                                new UpdateValue.Plus(
                                        new UpdateValue.IfNotExists(attribute("a"), value(":zero")), value(":one"))),
                        new UpdateAction.Set(
                                path(name("l")),
                                new UpdateValue.ListAppend(
                                        new UpdateValue.IfNotExists(attribute("l"), value(":e")), value(":v"))),
                        new UpdateAction.Set(path(name("m")), new UpdateValue.Minus(value(":x"), attribute("b"))));
    }

    @Test
    void parenthesesAroundAWholeSum_areAccepted() {
        assertThat(parse("SET a = ((:v) + :w)"))
                .containsExactly(new UpdateAction.Set(path(name("a")), new UpdateValue.Plus(value(":v"), value(":w"))));
    }

    @Test
    void placeholders_areKeptPerAction_inTextOrder() {
        ParsedUpdate parsed = UpdateParser.parse("SET #a = :x + #b REMOVE #c ADD d :y");

        assertThat(parsed.placeholders()).containsExactly(List.of("#a", ":x", "#b"), List.of("#c"), List.of(":y"));
        assertThat(parsed.allPlaceholders()).containsExactly("#a", ":x", "#b", "#c", ":y");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SET a = :v + :v + :v|Syntax error; token: \"+\", near: \":v + :v\"",
                "SET a = if_not_exists(b, :v + :v)|Syntax error; token: \"+\", near: \":v + :v\"",
                "SET a = (:v + :v) + :v|Syntax error; token: \"+\", near: \") + :v\"",
                "SET (a) = :v|Syntax error; token: \"(\", near: \"SET (a\"",
                "SET a = (m).b|Syntax error; token: \".\", near: \").b\"",
                "ADD n n|Syntax error; token: \"n\", near: \"n n\"",
                "ADD a = :v|Syntax error; token: \"=\", near: \"a = :v\"",
                "UPSERT a = :v|Syntax error; token: \"UPSERT\", near: \"UPSERT a\"",
                "SET a = a[:i]|Syntax error; token: \":i\", near: \"[:i]\"",
                "SET|Syntax error; token: \"<EOF>\", near: \"SET\"",
            })
    void malformedExpressions_failWithDynamoDbSyntaxErrors(String text, String detail) {
        assertInvalid(text, detail);
    }

    @Test
    void syntaxErrorAtTheEnd_quotesTheTrailingWhitespaceToo() {
        assertInvalid("SET a = ", "Syntax error; token: \"<EOF>\", near: \"= \"");
    }

    @Test
    void emptyExpression_failsWithCanNotBeEmpty() {
        assertInvalid("", "The expression can not be empty;");
    }

    @Test
    void clauseUsedTwice_failsNamingTheClause() {
        assertInvalid(
                "SET a = :v REMOVE b SET c = :v",
                "The \"SET\" section can only be used once in an update" + " expression;");
        assertInvalid(
                "remove a add b :v REMOVE c",
                "The \"REMOVE\" section can only be used once in an update" + " expression;");
    }

    @Test
    void clauseUsedTwice_isReportedAfterAnEarlierReservedWordButBeforeALaterOne() {
        assertInvalid("SET name = :v SET b = :v", "Attribute name is a reserved keyword; reserved keyword: name");
        assertInvalid(
                "SET a = :v SET b = :v REMOVE name",
                "The \"SET\" section can only be used once in an update expression;");
    }

    @Test
    void functionErrors_comeBeforeARepeatedClause() {
        assertInvalid("SET a = :v SET b = foo(:v)", "Invalid function name; function: foo");
    }

    @Test
    void conditionFunctions_areNotAllowedInUpdates() {
        assertInvalid("SET a = size(b)", "The function is not allowed in an update expression; function: size");
        assertInvalid(
                "SET a = attribute_exists(b)",
                "The function is not allowed in an update expression; function: attribute_exists");
    }

    @Test
    void listAppend_isAllowedOnlyAsTheWholeValue() {
        assertInvalid(
                "SET a = list_append(l, :l) + :v",
                "The function is not allowed to be used this way in an expression; function: list_append");
        assertInvalid(
                "SET a = if_not_exists(a, list_append(:l, :l))",
                "The function is not allowed to be used this way in an expression; function: list_append");
        assertThat(parse("SET a = (list_append(l, :l))")).hasSize(1);
    }

    @Test
    void functionNames_areCaseSensitive() {
        assertInvalid("SET a = LIST_APPEND(:l, :l)", "Invalid function name; function: LIST_APPEND");
    }

    @Test
    void redundantParentheses_areRejected() {
        assertInvalid("SET a = ((:v))", "The expression has redundant parentheses;");
    }

    @Test
    void reservedWords_areRejected() {
        assertInvalid("REMOVE name, status", "Attribute name is a reserved keyword; reserved keyword: name");
    }

    @Test
    void wrongOperandCounts_areDeferredPerAction() {
        ParsedUpdate parsed = UpdateParser.parse("SET a = :v, b = if_not_exists(c), d = list_append(:l, :l, :l)");

        assertThat(parsed.deferredErrors())
                .containsExactly(
                        Optional.empty(),
                        Optional.of("Incorrect number of operands for operator or function; operator or function:"
                                + " if_not_exists, number of operands: 1"),
                        Optional.of("Incorrect number of operands for operator or function; operator or function:"
                                + " list_append, number of operands: 3"));
    }

    @Test
    void pathsDeeperThan32Levels_areRejected() {
        assertInvalid(
                "SET " + "m.".repeat(32) + "m = :v",
                "The document path has too many nesting levels; nesting levels: 33");
    }

    @Test
    void expressionsOver4KiB_areRejectedBeforeParsing() {
        String text = "SET a = :v, " + "b".repeat(4100);
        assertInvalid(text, "Expression size has exceeded the maximum allowed size;");
    }

    @Test
    void printedActions_parseBackToTheSameActions() {
        String text =
                "SET a = if_not_exists(a, :z) + :o, l = list_append(:x, l) REMOVE r[3], m.#k ADD n :n" + " DELETE s :s";
        List<UpdateAction> actions = parse(text);

        assertThat(UpdatePrinter.print(actions)).isEqualTo(text);
        assertThat(parse(UpdatePrinter.print(actions))).isEqualTo(actions);
    }
}
