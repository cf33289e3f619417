package io.tabletheory.inmemory.internal.expr.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.print.ExpressionPrinter;
import io.tabletheory.inmemory.internal.expr.syntax.Comparator;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.Operand;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Properties of the condition parser over generated input. */
class ConditionParserPropertiesTest {
    private static final List<String> VOCABULARY = List.of(
            "a",
            "b.c",
            "#n",
            ":v",
            "(",
            ")",
            "AND",
            "OR",
            "NOT",
            "=",
            "<>",
            "<",
            ">=",
            "BETWEEN",
            "IN",
            ",",
            "size",
            "attribute_exists",
            "contains",
            "begins_with",
            "[",
            "]",
            "1",
            ".",
            "foo",
            "name",
            "!",
            "#",
            ":");

    private static final List<String> NAMES = List.of("a", "bb", "c1", "d_e", "foo");

    @Test
    void randomText_parsesOrFailsWithValidationException() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 60)).checkAssert(this::parsesOrRejects);
    }

    @Test
    void randomTokenSequences_parseOrFailWithValidationException() {
        Gen<String> sentences = lists().of(integers().between(0, VOCABULARY.size() - 1))
                .ofSizeBetween(0, 30)
                .map(indexes -> {
                    StringBuilder out = new StringBuilder();
                    indexes.forEach(index -> out.append(VOCABULARY.get(index)).append(' '));
                    return out.toString();
                });
        qt().withExamples(3000).forAll(sentences).checkAssert(this::parsesOrRejects);
    }

    @Test
    void printedCondition_parsesBackToSameTree() {
        Gen<Condition> conditions = in -> condition(in, 4);
        qt().withExamples(2000).forAll(conditions).checkAssert(condition -> {
            String printed = ExpressionPrinter.print(condition);
            ParsedCondition parsed = ConditionParser.parse(printed, ExpressionKind.CONDITION);
            assertThat(parsed.deferredError()).isEmpty();
            assertThat(parsed.condition()).as(printed).isEqualTo(condition);
        });
    }

    private void parsesOrRejects(String text) {
        try {
            ParsedCondition parsed = ConditionParser.parse(text, ExpressionKind.CONDITION);
            assertThat(parsed.condition()).isNotNull();
        } catch (ValidationException expected) {
            assertThat(expected.getMessage()).startsWith("Invalid ConditionExpression: ");
        }
    }

    private static int pick(RandomnessSource in, int bound) {
        return integers().between(0, bound - 1).generate(in);
    }

    private static Condition condition(RandomnessSource in, int depth) {
        int choice = pick(in, depth > 0 ? 11 : 8);
        switch (choice) {
            case 0:
                return new Condition.Compare(Comparator.values()[pick(in, 6)], operand(in, 2), operand(in, 2));
            case 1:
                return new Condition.Between(operand(in, 1), operand(in, 1), operand(in, 1));
            case 2: {
                List<Operand> candidates = new ArrayList<>();
                int count = 1 + pick(in, 4);
                for (int i = 0; i < count; i++) {
                    candidates.add(operand(in, 1));
                }
                return new Condition.In(operand(in, 1), candidates);
            }
            case 3:
                return new Condition.AttributeExists(operand(in, 0));
            case 4:
                return new Condition.AttributeNotExists(operand(in, 0));
            case 5:
                return new Condition.AttributeType(operand(in, 1), operand(in, 0));
            case 6:
                return new Condition.BeginsWith(operand(in, 1), operand(in, 1));
            case 7:
                return new Condition.Contains(operand(in, 1), operand(in, 1));
            case 8:
                return new Condition.And(condition(in, depth - 1), condition(in, depth - 1));
            case 9:
                return new Condition.Or(condition(in, depth - 1), condition(in, depth - 1));
            default:
                return new Condition.Not(condition(in, depth - 1));
        }
    }

    private static Operand operand(RandomnessSource in, int depth) {
        int choice = pick(in, depth > 0 ? 3 : 2);
        if (choice == 0) {
            return new Operand.Value(":v" + pick(in, 3));
        }
        if (choice == 1) {
            return new Operand.Path(path(in));
        }
        return new Operand.Size(operand(in, depth - 1));
    }

    private static DocumentPath path(RandomnessSource in) {
        List<PathElement> elements = new ArrayList<>();
        elements.add(name(in));
        int steps = pick(in, 4);
        for (int i = 0; i < steps; i++) {
            elements.add(pick(in, 2) == 0 ? name(in) : new PathElement.Index(pick(in, 20)));
        }
        return new DocumentPath(elements);
    }

    private static PathElement name(RandomnessSource in) {
        return pick(in, 3) == 0
                ? new PathElement.Placeholder("#n" + pick(in, 3))
                : new PathElement.Name(NAMES.get(pick(in, NAMES.size())));
    }
}
