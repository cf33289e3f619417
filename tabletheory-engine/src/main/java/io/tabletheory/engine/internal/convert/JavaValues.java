package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts loose Java values (not tied to a model field) to attribute values, for the values of a raw condition
 * expression: AttributeValue as is, String, numbers, Boolean, byte[], Instant, enums, List, Set of strings, numbers
 * or byte arrays, Map with string keys, and null. Anything else is an {@link IllegalArgumentException}.
 */
public final class JavaValues {
    private JavaValues() {}

    /** The attribute value of a Java value. */
    public static AttributeValue toAttributeValue(Object value) {
        if (value == null) {
            return AttributeValue.ofNull();
        }
        if (value instanceof AttributeValue attribute) {
            return attribute;
        }
        if (value instanceof String text) {
            return AttributeValue.ofString(text);
        }
        if (value instanceof Number number) {
            return AttributeValue.ofNumber(NumberConverter.toDecimal(number));
        }
        if (value instanceof Boolean bool) {
            return AttributeValue.ofBoolean(bool);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.ofBinary(bytes);
        }
        if (value instanceof Instant instant) {
            return InstantConverter.INSTANCE.write(instant);
        }
        if (value instanceof Enum<?> constant) {
            return AttributeValue.ofString(constant.name());
        }
        if (value instanceof List<?> list) {
            List<AttributeValue> elements = new ArrayList<>();
            list.forEach(element -> elements.add(toAttributeValue(element)));
            return AttributeValue.ofList(elements);
        }
        if (value instanceof Set<?> set) {
            return set(set);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, AttributeValue> members = new LinkedHashMap<>();
            map.forEach((key, member) -> {
                if (!(key instanceof String name)) {
                    throw new IllegalArgumentException("map keys must be strings, not " + key);
                }
                members.put(name, toAttributeValue(member));
            });
            return AttributeValue.ofMap(members);
        }
        throw new IllegalArgumentException("cannot convert " + value.getClass().getName() + " to a DynamoDB value; use"
                + " String, a number, Boolean, byte[], Instant, an enum, List, Set, Map or AttributeValue");
    }

    private static AttributeValue set(Collection<?> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("an empty set is not a DynamoDB value");
        }
        Object sample = set.iterator().next();
        if (sample instanceof String) {
            return AttributeValue.ofStringSet(
                    set.stream().map(String.class::cast).toList());
        }
        if (sample instanceof Number) {
            return AttributeValue.ofNumberSet(set.stream()
                    .map(element -> NumberConverter.toDecimal((Number) element).toPlainString())
                    .toList());
        }
        if (sample instanceof byte[]) {
            return AttributeValue.ofBinarySet(
                    set.stream().map(byte[].class::cast).toList());
        }
        throw new IllegalArgumentException("a set must hold strings, numbers or byte arrays, not "
                + sample.getClass().getName());
    }
}
