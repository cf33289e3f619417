package io.tabletheory.integration.differential;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of condition and filter expressions from a small set of templates: {@code attribute_exists}, {@code
 * attribute_not_exists}, {@code attribute_type}, the six comparators, {@code BETWEEN}, {@code IN}, {@code
 * begins_with}, {@code contains} and {@code size}, combined with {@code AND}, {@code OR}, {@code NOT} and
 * parentheses up to two levels deep.
 */
final class Conditions {
    private static final List<String> COMPARATORS = List.of("=", "<>", "<", "<=", ">", ">=");
    private static final List<String> TYPES = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL");

    private Conditions() {}

    /** A condition over any readable path, nested up to two levels. */
    static Gen<Fragment> condition() {
        return condition(Paths.readable(), 2);
    }

    /** A condition over non-key attributes only (a Query filter may not name key attributes). */
    static Gen<Fragment> filter() {
        return condition(Generate.oneOf(Paths.plain(), Paths.plain(), Paths.nested()), 2);
    }

    /**
     * A filter over {@code a} only, the one non-key attribute the local index projects, because what DynamoDB does
     * with a filter on an attribute a local index does not project is not known: DynamoDB Local refused it
     * ("Secondary index byLs does not project one or more filter attributes"), though a local index could fetch it
     * from the table.
     */
    static Gen<Fragment> projectedFilter() {
        return condition(Generate.constant(Path.of(Schema.INCLUDED)), 1);
    }

    private static Gen<Fragment> condition(Gen<Path> paths, int depth) {
        Gen<Fragment> atom = atom(paths);
        if (depth == 0) {
            return atom;
        }
        Gen<Fragment> inner = condition(paths, depth - 1);
        Gen<Fragment> and = inner.zip(inner, (left, right) -> binary(left, "AND", right));
        Gen<Fragment> or = inner.zip(inner, (left, right) -> binary(left, "OR", right));
        Gen<Fragment> not = inner.map(operand -> p -> "NOT " + operand.render(p));
        Gen<Fragment> parenthesised = inner.zip(
                inner,
                Generate.booleans(),
                (left, right, andOr) -> p -> "(" + left.render(p) + (andOr ? " AND " : " OR ") + right.render(p) + ")");
        return Generate.frequency(
                Pair.of(6, atom), Pair.of(2, and), Pair.of(2, or), Pair.of(1, not), Pair.of(1, parenthesised));
    }

    private static Fragment binary(Fragment left, String operator, Fragment right) {
        return p -> left.render(p) + " " + operator + " " + right.render(p);
    }

    /**
     * BETWEEN bounds are numbers and strings only, because DynamoDB's rendering of a binary bound in its message for
     * bounds of different types is not known (the emulator writes base64; DynamoDB Local's message rendered a Java
     * object, "{B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}").
     */
    private static Gen<Fragment> atom(Gen<Path> paths) {
        Gen<AttributeValue> operand =
                Generate.frequency(Pair.of(3, Values.number()), Pair.of(3, Values.string()), Pair.of(1, Values.any()));
        Gen<Fragment> exists =
                paths.map(path -> p -> "attribute_exists(" + path.fragment().render(p) + ")");
        Gen<Fragment> notExists =
                paths.map(path -> p -> "attribute_not_exists(" + path.fragment().render(p) + ")");
        Gen<Fragment> type = paths.zip(
                Generate.pick(TYPES),
                (path, name) -> p -> "attribute_type(" + path.fragment().render(p) + ", "
                        + p.value(AttributeValue.ofString(name)) + ")");
        Gen<Fragment> compare = paths.zip(
                Generate.pick(COMPARATORS),
                operand,
                Generate.booleans(),
                (path, comparator, value, valueFirst) -> p -> valueFirst
                        ? p.value(value) + " " + comparator + " "
                                + path.fragment().render(p)
                        : path.fragment().render(p) + " " + comparator + " " + p.value(value));
        Gen<AttributeValue> bound = Generate.oneOf(Values.number(), Values.string());
        Gen<Fragment> between = paths.zip(
                bound,
                bound,
                (path, low, high) ->
                        p -> path.fragment().render(p) + " BETWEEN " + p.value(low) + " AND " + p.value(high));
        Gen<Fragment> in = paths.zip(Generate.range(1, 3), operand, operand, (path, count, first, second) -> p -> {
            List<String> tokens = new ArrayList<>();
            tokens.add(p.value(first));
            if (count > 1) {
                tokens.add(p.value(second));
            }
            if (count > 2) {
                tokens.add(p.value(AttributeValue.ofNumber(1)));
            }
            return path.fragment().render(p) + " IN (" + String.join(", ", tokens) + ")";
        });
        Gen<Fragment> beginsWith = paths.zip(
                Generate.oneOf(Values.string(), Values.string(), Values.binary()),
                (path, prefix) -> p -> "begins_with(" + path.fragment().render(p) + ", " + p.value(prefix) + ")");
        Gen<Fragment> contains = paths.zip(
                Generate.oneOf(Values.string(), Values.number(), Values.scalar()),
                (path, element) -> p -> "contains(" + path.fragment().render(p) + ", " + p.value(element) + ")");
        Gen<Fragment> size = paths.zip(
                Generate.pick(COMPARATORS),
                Generate.range(0, 3),
                (path, comparator, length) -> p -> "size(" + path.fragment().render(p) + ") " + comparator + " "
                        + p.value(AttributeValue.ofNumber(length)));
        return Generate.frequency(
                Pair.of(2, exists),
                Pair.of(2, notExists),
                Pair.of(1, type),
                Pair.of(4, compare),
                Pair.of(1, between),
                Pair.of(1, in),
                Pair.of(1, beginsWith),
                Pair.of(1, contains),
                Pair.of(1, size));
    }
}
