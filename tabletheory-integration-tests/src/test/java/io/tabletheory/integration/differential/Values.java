package io.tabletheory.integration.differential;

import io.tabletheory.api.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of attribute values of all ten DynamoDB types, drawn from small pools so that comparisons, set
 * operations and arithmetic between generated values often meet equal or overlapping operands: small numbers (some
 * decimal, some negative), short strings, one- to three-element sets, and maps and lists nested up to three levels.
 */
final class Values {
    private static final List<String> STRINGS = List.of("", "a", "ab", "b", "ba", "x", "é");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "-1", "1.5", "10", "100");
    private static final List<String> BYTES = List.of("", "a", "b", "ab");
    private static final List<String> MAP_KEYS = List.of("x", "y", "z");
    private static final int MAX_DEPTH = 3;

    private Values() {}

    /** A short string, possibly empty. */
    static Gen<AttributeValue> string() {
        return Generate.pick(STRINGS).map(AttributeValue::ofString);
    }

    /** A short non-empty string. */
    static Gen<String> nonEmptyText() {
        return Generate.pick(STRINGS.subList(1, STRINGS.size()));
    }

    /** A small number. */
    static Gen<AttributeValue> number() {
        return Generate.pick(NUMBERS).map(AttributeValue::ofNumber);
    }

    /** A short binary value. */
    static Gen<AttributeValue> binary() {
        return Generate.pick(BYTES).map(text -> AttributeValue.ofBinary(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A string set of one to three elements. */
    static Gen<AttributeValue> stringSet() {
        return subset(STRINGS.subList(1, STRINGS.size())).map(AttributeValue::ofStringSet);
    }

    /** A number set of one to three elements. */
    static Gen<AttributeValue> numberSet() {
        return subset(NUMBERS).map(AttributeValue::ofNumberSet);
    }

    /** A binary set of one to three elements. */
    static Gen<AttributeValue> binarySet() {
        return subset(BYTES.subList(1, BYTES.size()))
                .map(texts -> AttributeValue.ofBinarySet(texts.stream()
                        .map(text -> text.getBytes(StandardCharsets.UTF_8))
                        .toList()));
    }

    /** A scalar: S, N, B, BOOL or NULL. */
    static Gen<AttributeValue> scalar() {
        return Generate.oneOf(
                string(),
                number(),
                binary(),
                Generate.booleans().map(AttributeValue::ofBoolean),
                Generate.constant(AttributeValue.ofNull()));
    }

    /** Any of the ten types, nested up to three levels. */
    static Gen<AttributeValue> any() {
        return any(MAX_DEPTH);
    }

    /** A list of zero to three values. */
    static Gen<AttributeValue> list() {
        return list(MAX_DEPTH - 1);
    }

    /** A map of zero to three entries. */
    static Gen<AttributeValue> map() {
        return map(MAX_DEPTH - 1);
    }

    private static Gen<AttributeValue> any(int depth) {
        Gen<AttributeValue> flat = Generate.oneOf(scalar(), scalar(), stringSet(), numberSet(), binarySet());
        if (depth <= 1) {
            return flat;
        }
        return Generate.oneOf(flat, flat, flat, list(depth - 1), map(depth - 1));
    }

    private static Gen<AttributeValue> list(int depth) {
        return Generate.range(0, 3).flatMap(size -> random -> {
            List<AttributeValue> elements = new ArrayList<>();
            Gen<AttributeValue> element = any(depth);
            for (int i = 0; i < size; i++) {
                elements.add(element.generate(random));
            }
            return AttributeValue.ofList(elements);
        });
    }

    private static Gen<AttributeValue> map(int depth) {
        return subsetOrEmpty(MAP_KEYS).flatMap(keys -> random -> {
            Map<String, AttributeValue> entries = new LinkedHashMap<>();
            Gen<AttributeValue> element = any(depth);
            for (String key : keys) {
                entries.put(key, element.generate(random));
            }
            return AttributeValue.ofMap(entries);
        });
    }

    /** One to three distinct elements of {@code pool}. */
    private static Gen<List<String>> subset(List<String> pool) {
        return subset(pool, 1);
    }

    private static Gen<List<String>> subsetOrEmpty(List<String> pool) {
        return subset(pool, 0);
    }

    /** Up to three distinct elements of {@code pool}, at least {@code min}. */
    private static Gen<List<String>> subset(List<String> pool, int min) {
        return Generate.range(min, 3).flatMap(size -> random -> {
            Gen<String> element = Generate.pick(pool);
            Set<String> chosen = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                chosen.add(element.generate(random));
            }
            return List.copyOf(chosen);
        });
    }
}
