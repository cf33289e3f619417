package io.tabletheory.inmemory.internal.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionParserTest {

    private static Condition parse(String text) {
        ParsedCondition parsed = ConditionParser.parse(text, ExpressionKind.CONDITION);
        assertThat(parsed.deferredError()).isEmpty();
        return parsed.condition();
    }

    private static void assertInvalid(String text, String detail) {
        assertThatThrownBy(() -> ConditionParser.parse(text, ExpressionKind.CONDITION))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ConditionExpression: " + detail);
    }

    private static Operand path(String name) {
        return new Operand.Path(new DocumentPath(List.of(new PathElement.Name(name))));
    }

    private static Condition eq(String name, String value) {
        return new Condition.Compare(Comparator.EQ, path(name), new Operand.Value(value));
    }

    @Test
    void and_bindsTighterThanOr() {
        assertThat(parse("a = :a OR b = :b AND c = :c"))
                .isEqualTo(new Condition.Or(eq("a", ":a"), new Condition.And(eq("b", ":b"), eq("c", ":c"))));
    }

    @Test
    void not_bindsTighterThanAnd() {
        assertThat(parse("NOT a = :a AND b = :b"))
                .isEqualTo(new Condition.And(new Condition.Not(eq("a", ":a")), eq("b", ":b")));
    }

    @Test
    void betweenAnd_bindsBeforeLogicalAnd() {
        assertThat(parse("a BETWEEN :x AND :y AND b = :b"))
                .isEqualTo(new Condition.And(
                        new Condition.Between(path("a"), new Operand.Value(":x"), new Operand.Value(":y")),
                        eq("b", ":b")));
    }

    @Test
    void keywords_ignoreCase() {
        assertThat(parse("a = :a or not b = :b"))
                .isEqualTo(new Condition.Or(eq("a", ":a"), new Condition.Not(eq("b", ":b"))));
        assertThat(parse("a between :x and :y")).isInstanceOf(Condition.Between.class);
        assertThat(parse("a in (:x, :y)")).isInstanceOf(Condition.In.class);
    }

    @Test
    void parentheses_groupConditions() {
        assertThat(parse("(a = :a OR b = :b) AND c = :c"))
                .isEqualTo(new Condition.And(new Condition.Or(eq("a", ":a"), eq("b", ":b")), eq("c", ":c")));
        assertThat(parse("((a = :a) OR (b = :b))")).isEqualTo(new Condition.Or(eq("a", ":a"), eq("b", ":b")));
    }

    @Test
    void parenthesizedOperands_areAllowedAndPathsContinueAfterThem() {
        assertThat(parse("(a) = :a")).isEqualTo(eq("a", ":a"));
        Condition between = parse("(a)between((b.c).d)and(:c)");
        assertThat(between)
                .isEqualTo(new Condition.Between(
                        path("a"),
                        new Operand.Path(new DocumentPath(List.of(
                                new PathElement.Name("b"), new PathElement.Name("c"), new PathElement.Name("d")))),
                        new Operand.Value(":c")));
    }

    @Test
    void documentPaths_holdNamesPlaceholdersAndIndexes() {
        Condition condition = parse("attribute_exists(a.#b[12].c)");
        assertThat(condition)
                .isEqualTo(new Condition.AttributeExists(new Operand.Path(new DocumentPath(List.of(
                        new PathElement.Name("a"),
                        new PathElement.Placeholder("#b"),
                        new PathElement.Index(12),
                        new PathElement.Name("c"))))));
    }

    @Test
    void functions_parseAsConditionsAndSizeAsOperand() {
        assertThat(parse("size(a) > :n"))
                .isEqualTo(new Condition.Compare(Comparator.GT, new Operand.Size(path("a")), new Operand.Value(":n")));
        assertThat(parse("begins_with(a, :p)")).isEqualTo(new Condition.BeginsWith(path("a"), new Operand.Value(":p")));
        assertThat(parse("contains(a, :p)")).isEqualTo(new Condition.Contains(path("a"), new Operand.Value(":p")));
        assertThat(parse("attribute_type(a, :t)"))
                .isEqualTo(new Condition.AttributeType(path("a"), new Operand.Value(":t")));
        assertThat(parse("attribute_not_exists(a)")).isEqualTo(new Condition.AttributeNotExists(path("a")));
    }

    @Test
    void placeholders_areListedInTextOrder() {
        ParsedCondition parsed = ConditionParser.parse("#a = :x AND b.#c IN (:y, :x)", ExpressionKind.CONDITION);
        assertThat(parsed.placeholders()).containsExactly("#a", ":x", "#c", ":y", ":x");
    }

    @Test
    void syntaxError_quotesTokenAndNeighbours() {
        assertInvalid("a = = :v", "Syntax error; token: \"=\", near: \"= = :v\"");
        assertInvalid("a", "Syntax error; token: \"<EOF>\", near: \"a\"");
        assertInvalid("contains (themes, :theme", "Syntax error; token: \"<EOF>\", near: \":theme\"");
        assertInvalid("a > 4", "Syntax error; token: \"4\", near: \"> 4\"");
        assertInvalid("!!", "Syntax error; token: \"!\", near: \"!!\"");
        assertInvalid("INVALID SYNTAX", "Syntax error; token: \"SYNTAX\", near: \"INVALID SYNTAX\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "things are not gonna be ok",
                "attribute_exists(Pictures-RearView)",
                "attribute_exists(\"Pictures.RearView\")",
                "attribute_exists(Pictures..RearView)",
                "attribute_exists(Pi#ctures.RearView)",
                "attribute_exists(asdf[a])",
                "a in b, c",
                "a > between",
                "a in b",
                "a in (b,c,)",
                "a in ()",
                "(a)between(b.(c.d))and(c)",
                "(a)between(b.c.d)and((c)",
                "#$.b > a",
                "a > :things.stuff",
                "b[:a] > a",
                "b[#_] > a",
                "ü > a",
                "(a)between(b.c[4.5].#d)and(:a)",
                "size(a).b > a",
                "(size(a)).b > a",
                "size(a)[0] > a",
                "(size(a))[0] > a",
                "(a) AND b = :b",
                "(a = :a",
                "a = :a)",
                "size()"
            })
    void malformedExpressions_areSyntaxErrors(String text) {
        assertThatThrownBy(() -> ConditionParser.parse(text, ExpressionKind.FILTER))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid FilterExpression: Syntax error; ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a=a and a > ((views))",
                "(a)between(((b.c)).d)and(c)",
                "a > whatever((:things), ((a)))",
                "a=a AND ((a=a AND a=a)) AND a=a",
                "a=a OR ((a=a OR (a=a OR a=a)))",
                "((a = :v))"
            })
    void doubledParentheses_areRedundant(String text) {
        assertInvalid(text, "The expression has redundant parentheses;");
    }

    @Test
    void unknownFunction_isReportedByName() {
        assertInvalid("a=a and whatever((:things)) > a", "Invalid function name; function: whatever");
        assertInvalid("attRIbute_exIsts((views), #a)", "Invalid function name; function: attRIbute_exIsts");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a=a and attribute_exists((views), (#a)) > b|attribute_exists",
                "attribute_not_exists(things) > b|attribute_not_exists",
                "attribute_type(things, :a) > b|attribute_type",
                "begins_with(things, a) > b|begins_with",
                "contains(:things, c) > b|contains",
                "size(contains(a, b)) > a|contains",
                "size(things)|size",
                "a between b and attribute_exists(things)|attribute_exists",
                "a in (b, attribute_exists(things))|attribute_exists",
                "if_not_exists(a, :v)|if_not_exists"
            })
    void functionUsedInWrongPlace_isRejected(String testCase) {
        String[] parts = testCase.split("\\|");
        assertInvalid(
                parts[0], "The function is not allowed to be used this way in an expression; function: " + parts[1]);
    }

    @Test
    void reservedWord_isReportedAsWritten() {
        assertInvalid("attribute_exists(views, #a)", "Attribute name is a reserved keyword; reserved keyword: views");
        assertInvalid(":a < abOrT", "Attribute name is a reserved keyword; reserved keyword: abOrT");
        assertInvalid("size = :v", "Attribute name is a reserved keyword; reserved keyword: size");
    }

    @Test
    void wrongOperandCount_isDeferredUntilPlaceholdersAreChecked() {
        ParsedCondition parsed = ConditionParser.parse("attribute_exists(things, a)", ExpressionKind.CONDITION);
        assertThat(parsed.deferredError())
                .contains("Incorrect number of operands for operator or function; operator or function:"
                        + " attribute_exists, number of operands: 2");
        assertThat(ConditionParser.parse("size(things, a) > b", ExpressionKind.CONDITION)
                        .deferredError())
                .contains("Incorrect number of operands for operator or function; operator or function: size,"
                        + " number of operands: 2");
    }

    @Test
    void emptyExpression_isRejected() {
        assertInvalid("", "The expression can not be empty;");
        assertInvalid("   ", "The expression can not be empty;");
    }

    @Test
    void expressionOver4Kb_isRejectedBeforeSyntax() {
        String text = "a = :v AND " + "x".repeat(4096);
        assertInvalid(text, "Expression size has exceeded the maximum allowed size; expression size: " + text.length());
        String exactly = "a = :v OR b = :v" + " ".repeat(4096 - 16);
        assertThat(ConditionParser.parse(exactly, ExpressionKind.CONDITION)).isNotNull();
    }

    @Test
    void moreThan300Operators_isRejected() {
        StringBuilder ok = new StringBuilder("a = :v");
        for (int i = 1; i < 150; i++) {
            ok.append(" OR a = :v");
        }
        // 150 comparisons and 149 ORs: 299 operators; one more OR makes 300, still allowed
        assertThat(ConditionParser.parse(ok + " OR attribute_exists(a)", ExpressionKind.CONDITION))
                .isNotNull();
        assertInvalid(ok + " OR a = :v", "The expression contains too many operators; operator count: 301");
        assertInvalid(ok + " OR NOT a = :v", "The expression contains too many operators; operator count: 301");
    }

    @Test
    void inWithMoreThan100Operands_isRejected() {
        StringBuilder list = new StringBuilder(":v0");
        for (int i = 1; i < 101; i++) {
            list.append(", :v").append(i);
        }
        assertInvalid(
                "a IN (" + list + ")", "The IN operator is provided with too many operands; number of operands: 101");
    }

    @Test
    void pathDeeperThan32Levels_isRejected() {
        String deep = "a" + ".b".repeat(32);
        assertInvalid(
                "attribute_exists(" + deep + ")", "The document path has too many nesting levels; nesting levels: 33");
        assertThat(parse("attribute_exists(a" + ".b".repeat(31) + ")")).isNotNull();
    }
}
