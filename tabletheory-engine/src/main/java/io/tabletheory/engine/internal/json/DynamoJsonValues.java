package io.tabletheory.engine.internal.json;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB JSON ({@code {"S":"x"}}, {@code {"M":{...}}}, ...) as {@link JsonReader} parses it, turned into
 * {@link AttributeValue}s, strictly: one type per value, the right JSON type for each, nothing else. Shared by the
 * cursor codec and the stream-record reader; errors start with the caller's prefix and say where.
 */
public final class DynamoJsonValues {
    private DynamoJsonValues() {}

    /**
     * The value {@code json} (a parsed DynamoDB JSON value) holds.
     *
     * @param where the value's path, for errors
     * @param prefix what errors start with ({@code "invalid cursor: "})
     * @throws IllegalArgumentException when it is not a DynamoDB JSON value
     */
    public static AttributeValue attributeValue(Object json, String where, String prefix) {
        if (!(json instanceof Map<?, ?> typed) || typed.size() != 1) {
            throw invalid(prefix, where + " is not a DynamoDB JSON value with exactly one type, such as {\"S\":\"x\"}");
        }
        Map.Entry<?, ?> entry = typed.entrySet().iterator().next();
        String type = (String) entry.getKey();
        Object value = entry.getValue();
        try {
            return switch (type) {
                case "S" -> AttributeValue.ofString(string(value, where, prefix));
                case "N" -> AttributeValue.ofNumber(string(value, where, prefix));
                case "B" -> AttributeValue.ofBinary(binary(value, where, prefix));
                case "BOOL" -> AttributeValue.ofBoolean(bool(value, where, prefix));
                case "NULL" -> nullValue(value, where, prefix);
                case "SS" -> AttributeValue.ofStringSet(
                        strings(value, where, prefix).stream().toList());
                case "NS" -> AttributeValue.ofNumberSet(strings(value, where, prefix));
                case "BS" -> AttributeValue.ofBinarySet(strings(value, where, prefix).stream()
                        .map(text -> binary(text, where, prefix))
                        .toList());
                case "L" -> AttributeValue.ofList(list(value, where, prefix).stream()
                        .map(element -> attributeValue(element, where + "[]", prefix))
                        .toList());
                case "M" -> {
                    if (!(value instanceof Map<?, ?> members)) {
                        throw invalid(prefix, where + ".M is not an object");
                    }
                    Map<String, AttributeValue> map = new LinkedHashMap<>();
                    members.forEach((name, member) ->
                            map.put((String) name, attributeValue(member, where + "." + name, prefix)));
                    yield AttributeValue.ofMap(map);
                }
                default -> throw invalid(prefix, where + " has the unknown type \"" + type + "\"");
            };
        } catch (ValidationException invalidValue) {
            throw invalid(prefix, where + " is not a valid DynamoDB value: " + invalidValue.getMessage());
        }
    }

    private static String string(Object value, String where, String prefix) {
        if (!(value instanceof String text)) {
            throw invalid(prefix, where + " must hold a string");
        }
        return text;
    }

    private static byte[] binary(Object value, String where, String prefix) {
        try {
            return Base64.getDecoder().decode(string(value, where, prefix));
        } catch (IllegalArgumentException notBase64) {
            throw invalid(prefix, where + " is not standard base64");
        }
    }

    private static boolean bool(Object value, String where, String prefix) {
        if (!(value instanceof Boolean bool)) {
            throw invalid(prefix, where + " must hold true or false");
        }
        return bool;
    }

    private static AttributeValue nullValue(Object value, String where, String prefix) {
        if (!Boolean.TRUE.equals(value)) {
            throw invalid(prefix, where + ": NULL must be true");
        }
        return AttributeValue.ofNull();
    }

    private static List<Object> list(Object value, String where, String prefix) {
        if (!(value instanceof List<?> list)) {
            throw invalid(prefix, where + " must hold an array");
        }
        return new ArrayList<>(list);
    }

    private static List<String> strings(Object value, String where, String prefix) {
        List<String> strings = new ArrayList<>();
        for (Object element : list(value, where, prefix)) {
            strings.add(string(element, where, prefix));
        }
        return strings;
    }

    private static IllegalArgumentException invalid(String prefix, String reason) {
        return new IllegalArgumentException(prefix + reason);
    }
}
