package io.tabletheory.engine.internal.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.tabletheory.engine.internal.write.WriteConditions;
import io.tabletheory.engine.internal.write.WriteExpressions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A raw condition can never change the meaning of the conditions TableTheory adds: its parentheses must balance
 * (never closing more than it opened), so the parentheses the write puts around it enclose all of it.
 */
class RawConditionTest {
    private static final List<String> PIECES =
            List.of("(", ")", "a = :x", " OR ", " AND ", "NOT ", "attribute_exists(b)", "size(c) > :y", " ");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a >= :x) OR (b",
                ")",
                "(",
                "a = :x) OR attribute_exists(pk",
                "((a = :x)",
                "a = :x))((",
                "attribute_exists(id)) OR ((a = :x",
                "size(a) < :x) OR (size(a) > :x"
            })
    void unbalancedParentheses_areRefusedSayingWhere(String hostile) {
        assertThatThrownBy(() -> new RawCondition(hostile, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("withConditionExpression: the parentheses of \"" + hostile + "\" do not balance")
                .hasMessageMatching(".*('\\)' at offset \\d+ closes no '\\('|'\\(' at offset \\d+ is never closed).*");
    }

    @Test
    void balancedConditions_areKeptAsWritten() {
        assertThat(new RawCondition("(a = :x) OR (size(b) > :y)", Map.of()).expression())
                .isEqualTo("(a = :x) OR (size(b) > :y)");
    }

    @Test
    void anyAcceptedCondition_staysInsideItsParentheses_afterTheGeneratedOnes() {
        qt().forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 20))
                .checkAssert(indexes -> {
                    StringBuilder text = new StringBuilder();
                    indexes.forEach(index -> text.append(PIECES.get(index)));
                    RawCondition raw;
                    try {
                        raw = new RawCondition(text.toString(), Map.of());
                    } catch (IllegalArgumentException refused) {
                        return;
                    }
                    String condition = WriteExpressions.of(
                                    new Update(List.of()),
                                    new WriteConditions(List.of(new Condition.AttributeExists("v")), Optional.of(raw)))
                            .condition()
                            .orElseThrow();
                    assertThat(closesBeforeTheEnd(condition, condition.indexOf(") AND (") + 6))
                            .as("the raw condition's group in %s", condition)
                            .isFalse();
                });
    }

    /** Whether the group opened at {@code open} closes before the text's last character. */
    private static boolean closesBeforeTheEnd(String text, int open) {
        int depth = 0;
        for (int offset = open; offset < text.length(); offset++) {
            depth += text.charAt(offset) == '(' ? 1 : text.charAt(offset) == ')' ? -1 : 0;
            if (depth == 0) {
                return offset < text.length() - 1;
            }
        }
        return true;
    }
}
