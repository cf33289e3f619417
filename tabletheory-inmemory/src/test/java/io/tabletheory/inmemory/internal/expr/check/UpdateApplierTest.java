package io.tabletheory.inmemory.internal.expr.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.eval.UpdateApplier;
import io.tabletheory.inmemory.internal.expr.parse.UpdateParser;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateApplierTest {
    private static final Map<String, AttributeValue> ITEM = item(
            "pk", s("k"),
            "n", n("5"),
            "s", s("str"),
            "l", list(n("0"), n("1"), n("2"), n("3")),
            "m", AttributeValue.ofMap(item("a", n("1"), "b", AttributeValue.ofMap(item("c", n("2"))))),
            "ss", AttributeValue.ofStringSet(List.of("a", "b")),
            "ns", AttributeValue.ofNumberSet(List.of("1", "2")));

    private static AttributeValue s(String value) {
        return AttributeValue.ofString(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.ofNumber(value);
    }

    private static AttributeValue list(AttributeValue... values) {
        return AttributeValue.ofList(List.of(values));
    }

    private static Map<String, AttributeValue> item(Object... pairs) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            item.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return item;
    }

    private static Map<String, AttributeValue> apply(String expression, Object... values) {
        ParsedUpdate parsed = UpdateParser.parse(expression);
        Map<String, AttributeValue> valueMap = item(values);
        List<ResolvedPath> targets = UpdateChecker.check(parsed, Map.of(), valueMap);
        return UpdateApplier.apply(parsed.actions(), targets, ITEM, Map.of(), valueMap);
    }

    private static void assertFails(String expression, String message, Object... values) {
        assertThatThrownBy(() -> apply(expression, values))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void operands_readTheItemAsItWasBeforeTheUpdate() {
        Map<String, AttributeValue> updated = apply("SET n = :v, b = n", ":v", n("9"));

        assertThat(updated).containsEntry("n", n("9")).containsEntry("b", n("5"));
    }

    @Test
    void listIndexes_alwaysMeanOriginalPositions() {
        assertThat(apply("REMOVE l[1], l[2]").get("l")).isEqualTo(list(n("0"), n("3")));
        assertThat(apply("REMOVE l[1] SET l[3] = :v", ":v", n("9")).get("l")).isEqualTo(list(n("0"), n("2"), n("9")));
    }

    @Test
    void setsPastTheEnd_appendInIndexOrder() {
        assertThat(apply("SET l[11] = :a, l[10] = :b", ":a", n("8"), ":b", n("9"))
                        .get("l"))
                .isEqualTo(list(n("0"), n("1"), n("2"), n("3"), n("9"), n("8")));
    }

    @Test
    void removingMissingPaths_changesNothing() {
        assertThat(apply("REMOVE zz, m.q, l[9]")).isEqualTo(ITEM);
    }

    @Test
    void removingTheLastEntries_leavesEmptyMapsAndLists() {
        Map<String, AttributeValue> updated = apply("REMOVE m.a, m.b, l[0], l[1], l[2], l[3]");

        assertThat(updated.get("m")).isEqualTo(AttributeValue.ofMap(Map.of()));
        assertThat(updated.get("l")).isEqualTo(list());
    }

    @Test
    void pathsUnderMissingOrMistypedParents_areInvalidForUpdate() {
        String invalid = "The document path provided in the update expression is invalid for update";
        assertFails("SET q.r = :v", invalid, ":v", n("1"));
        assertFails("SET n.r = :v", invalid, ":v", n("1"));
        assertFails("SET m[0] = :v", invalid, ":v", n("1"));
        assertFails("SET l.x = :v", invalid, ":v", n("1"));
        assertFails("REMOVE q.r", invalid);
        assertFails("REMOVE l[1].x", invalid);
        assertFails("ADD q.r :v", invalid, ":v", n("1"));
    }

    @Test
    void addAndDelete_workOnNumbersAndSetsByValue() {
        Map<String, AttributeValue> updated = apply(
                "ADD n :two, fresh :two, ns :more DELETE ss :gone",
                ":two",
                n("2"),
                ":more",
                AttributeValue.ofNumberSet(List.of("1.0", "3")),
                ":gone",
                AttributeValue.ofStringSet(List.of("a", "z")));

        assertThat(updated)
                .containsEntry("n", n("7"))
                .containsEntry("fresh", n("2"))
                .containsEntry("ns", AttributeValue.ofNumberSet(List.of("1", "2", "3")))
                .containsEntry("ss", AttributeValue.ofStringSet(List.of("b")));
    }

    @Test
    void deleteOfEveryElement_removesTheAttribute_andOfAMissingAttributeChangesNothing() {
        Map<String, AttributeValue> updated =
                apply("DELETE ss :all, zz :all", ":all", AttributeValue.ofStringSet(List.of("a", "b")));

        assertThat(updated).doesNotContainKey("ss").doesNotContainKey("zz");
    }

    @Test
    void operandsOfTheWrongTypeInTheItem_failWithIncorrectDataType() {
        String incorrect = "An operand in the update expression has an incorrect data type";
        assertFails("SET a = s + :v", incorrect, ":v", n("1"));
        assertFails("SET a = list_append(n, :l)", incorrect, ":l", list());
        assertFails("ADD s :v", incorrect, ":v", n("1"));
        assertFails("ADD ss :v", incorrect, ":v", AttributeValue.ofNumberSet(List.of("1")));
        assertFails("DELETE n :v", incorrect, ":v", AttributeValue.ofStringSet(List.of("a")));
    }

    @Test
    void missingOperands_failWithAttributeDoesNotExist_evenAnUnusedFallback() {
        String missing = "The provided expression refers to an attribute that does not exist in the item";
        assertFails("SET a = zz", missing);
        assertFails("SET a = zz + :v", missing, ":v", n("1"));
        assertFails("SET a = list_append(zz, :l)", missing, ":l", list());
        assertFails("SET a = if_not_exists(n, zz)", missing);
    }

    @Test
    void typeErrors_winOverMissingOperands_andLaterClausesFailFirst() {
        String incorrect = "An operand in the update expression has an incorrect data type";
        assertFails("SET b = s + :v, a = zz", incorrect, ":v", n("1"));
        assertFails("SET a = zz, b = s + :v", incorrect, ":v", n("1"));
        assertFails(
                "SET a = zz REMOVE q.r", "The document path provided in the update expression is invalid for update");
        assertFails(
                "REMOVE q.r SET a = zz",
                "The provided expression refers to an attribute that does not exist in the item");
    }

    @Test
    void arithmetic_isExactAndChecksDynamoDbsRange() {
        assertThat(apply("SET a = :x + :y", ":x", n("0.1"), ":y", n("0.2")).get("a"))
                .isEqualTo(n("0.3"));
        assertFails(
                "SET a = :x + :x",
                "Number overflow. Attempting to store a number with magnitude larger than supported range",
                ":x",
                n("9e125"));
        assertFails(
                "SET a = :x - :y",
                "Number underflow. Attempting to store a number with magnitude smaller than supported range",
                ":x",
                n("1.5e-130"),
                ":y",
                n("1e-130"));
    }

    @Test
    void resultsNeedingMoreThan38Digits_failWithTheOverflowMessageAsAwsReportsThem() {
        assertFails(
                "SET a = :x + :y",
                "Number overflow. Attempting to store a number with magnitude larger than supported range",
                ":x",
                n("1e50"),
                ":y",
                n("1"));
    }
}
