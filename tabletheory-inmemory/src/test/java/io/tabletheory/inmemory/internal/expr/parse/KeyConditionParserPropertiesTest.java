package io.tabletheory.inmemory.internal.expr.parse;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedKeyCondition;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the key-condition parser over generated input: it parses or refuses, never anything else. */
class KeyConditionParserPropertiesTest {
    private static final List<String> VOCABULARY = List.of(
            "pk",
            "sk",
            "#k",
            ":v",
            ":w",
            "(",
            ")",
            "AND",
            "OR",
            "NOT",
            "=",
            "<>",
            "<",
            "<=",
            ">",
            ">=",
            "BETWEEN",
            "IN",
            ",",
            "begins_with",
            "size",
            "attribute_exists",
            "contains",
            "a.b",
            "[",
            "]",
            "1",
            "!",
            "#",
            ":");

    @Test
    void randomText_parsesOrFailsWithValidationException() {
        qt().withExamples(3000)
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 60))
                .checkAssert(KeyConditionParserPropertiesTest::parsesOrRejects);
    }

    @Test
    void randomTokenSequences_parseOrFailWithValidationException() {
        Gen<String> sentences = lists().of(integers().between(0, VOCABULARY.size() - 1))
                .ofSizeBetween(0, 12)
                .map(indexes -> {
                    StringBuilder out = new StringBuilder();
                    indexes.forEach(index -> out.append(VOCABULARY.get(index)).append(' '));
                    return out.toString();
                });
        qt().withExamples(5000).forAll(sentences).checkAssert(KeyConditionParserPropertiesTest::parsesOrRejects);
    }

    private static void parsesOrRejects(String text) {
        try {
            ParsedKeyCondition parsed = KeyConditionParser.parse(text);
            for (Condition term : parsed.terms()) {
                if (!(term instanceof Condition.Compare
                        || term instanceof Condition.Between
                        || term instanceof Condition.BeginsWith)) {
                    throw new AssertionError("unexpected term " + term + " in " + text);
                }
            }
        } catch (ValidationException refused) {
            // DynamoDB's answer to a malformed expression.
        }
    }
}
