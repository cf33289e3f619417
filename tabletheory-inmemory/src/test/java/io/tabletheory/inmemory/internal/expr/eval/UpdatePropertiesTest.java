package io.tabletheory.inmemory.internal.expr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.DynamoNumbers;
import io.tabletheory.inmemory.internal.expr.parse.UpdateParser;
import io.tabletheory.inmemory.internal.expr.print.UpdatePrinter;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Properties of the update parser and of ADD's arithmetic over generated input. */
class UpdatePropertiesTest {
    private static final List<String> VOCABULARY = List.of(
            "SET",
            "REMOVE",
            "ADD",
            "DELETE",
            "set",
            "a",
            "b.c",
            "l[1]",
            "#n",
            ":v",
            "=",
            "+",
            "-",
            ",",
            "(",
            ")",
            "if_not_exists",
            "list_append",
            "size",
            "foo",
            "name",
            "[",
            "]",
            ".",
            "1",
            "!",
            "#",
            ":");

    private static final List<String> NAMES = List.of("a", "bb", "c1", "d_e", "foo");

    @Test
    void randomText_parsesOrFailsWithValidationException() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 60)).checkAssert(UpdatePropertiesTest::parses);
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
        qt().withExamples(3000).forAll(sentences).checkAssert(UpdatePropertiesTest::parses);
    }

    @Test
    void printedUpdate_parsesBackToTheSameActions() {
        Gen<List<UpdateAction>> updates = UpdatePropertiesTest::actions;
        qt().withExamples(2000).forAll(updates).checkAssert(actions -> {
            String printed = UpdatePrinter.print(actions);
            ParsedUpdate parsed = UpdateParser.parse(printed);
            assertThat(parsed.actions()).as(printed).isEqualTo(actions);
        });
    }

    @Test
    void addOfNumbers_equalsExactDecimalAddition_whenInRange() {
        Gen<BigDecimal> numbers = longs().all()
                .zip(integers().between(-140, 130), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
                .assuming(UpdatePropertiesTest::storable);
        qt().withExamples(2000).forAll(numbers, numbers).checkAssert((stored, added) -> {
            ResolvedPath target = new ResolvedPath(List.of(new ResolvedPath.Key("n")));
            UpdateAction add = new UpdateAction.Add(new DocumentPath(List.of(new PathElement.Name("n"))), ":a");
            Map<String, AttributeValue> item = Map.of("n", AttributeValue.ofNumber(stored));
            BigDecimal exact = stored.add(added);
            try {
                Map<String, AttributeValue> updated = UpdateApplier.apply(
                        List.of(add), List.of(target), item, Map.of(), Map.of(":a", AttributeValue.ofNumber(added)));
                assertThat(((AttributeValue.NumberValue) updated.get("n")).bigDecimalValue())
                        .isEqualByComparingTo(exact);
            } catch (ValidationException outOfRange) {
                assertThat(storable(exact))
                        .as("%s + %s = %s", stored, added, exact)
                        .isFalse();
            }
        });
    }

    private static boolean storable(BigDecimal number) {
        try {
            DynamoNumbers.canonical(number);
            return true;
        } catch (ValidationException invalid) {
            return false;
        }
    }

    private static void parses(String text) {
        try {
            assertThat(UpdateParser.parse(text).actions()).isNotEmpty();
        } catch (ValidationException expected) {
            assertThat(expected.getMessage()).startsWith("Invalid UpdateExpression: ");
        }
    }

    private static int pick(RandomnessSource in, int bound) {
        return integers().between(0, bound - 1).generate(in);
    }

    /** One to four clauses, each at most once, each with one to three actions. */
    private static List<UpdateAction> actions(RandomnessSource in) {
        Set<UpdateAction.Clause> used = EnumSet.noneOf(UpdateAction.Clause.class);
        List<UpdateAction> actions = new ArrayList<>();
        int clauses = 1 + pick(in, 4);
        for (int c = 0; c < clauses; c++) {
            UpdateAction.Clause clause = UpdateAction.Clause.values()[pick(in, 4)];
            if (!used.add(clause)) {
                continue;
            }
            int count = 1 + pick(in, 3);
            for (int i = 0; i < count; i++) {
                actions.add(action(in, clause));
            }
        }
        return actions;
    }

    private static UpdateAction action(RandomnessSource in, UpdateAction.Clause clause) {
        DocumentPath path = path(in);
        switch (clause) {
            case SET:
                return new UpdateAction.Set(path, setValue(in));
            case REMOVE:
                return new UpdateAction.Remove(path);
            case ADD:
                return new UpdateAction.Add(path, ":v" + pick(in, 3));
            default:
                return new UpdateAction.Delete(path, ":v" + pick(in, 3));
        }
    }

    private static UpdateValue setValue(RandomnessSource in) {
        switch (pick(in, 4)) {
            case 0:
                return new UpdateValue.Plus(operand(in, 2), operand(in, 2));
            case 1:
                return new UpdateValue.Minus(operand(in, 2), operand(in, 2));
            case 2:
                return new UpdateValue.ListAppend(operand(in, 2), operand(in, 2));
            default:
                return operand(in, 2);
        }
    }

    private static UpdateValue operand(RandomnessSource in, int depth) {
        int choice = pick(in, depth > 0 ? 3 : 2);
        if (choice == 0) {
            return new UpdateValue.Value(":v" + pick(in, 3));
        }
        if (choice == 1) {
            return new UpdateValue.Path(path(in));
        }
        return new UpdateValue.IfNotExists(new UpdateValue.Path(path(in)), operand(in, depth - 1));
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
