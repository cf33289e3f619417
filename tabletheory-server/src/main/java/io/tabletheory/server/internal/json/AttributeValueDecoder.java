package io.tabletheory.server.internal.json;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes DynamoDB JSON attribute values ({@code {"S":"x"}}, {@code {"N":"1"}}, ...) into the api's {@link
 * AttributeValue}, checking on the raw JSON what the api cannot represent: an empty value, two types at once, {@code
 * NULL:false}, a number sent as a JSON number. Set, number and empty-set rules come from the api's own constructors,
 * which throw DynamoDB's ValidationException texts.
 *
 * <p>With {@link WireWriter} this is the server's DynamoDB-JSON codec, and it cannot be one of the project's other
 * two: the api's {@code DynamoJson} only renders a value for {@code toString} (it never parses, so it has no errors
 * to give), and the engine's cursor codec reproduces the Go SDK's cursor bytes and lives in the engine, which an
 * adapter may not depend on; the server must read untrusted bodies with Jackson's streaming parser and refuse each
 * malformed member with DynamoDB's own error and the member's path.
 */
public final class AttributeValueDecoder {
    private AttributeValueDecoder() {}

    /** A map of attribute values (an item, a key, a nested {@code M}). */
    public static Map<String, AttributeValue> decodeMap(Map<String, Object> values, String path) {
        Map<String, AttributeValue> decoded = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != JsonTree.NULL) {
                decoded.put(name, decode(value, path + "." + name));
            }
        });
        return decoded;
    }

    /** One attribute value. */
    public static AttributeValue decode(Object json, String path) {
        WireObject value = WireObject.asObject(json, path, "AttributeValue", "Unexpected value type in payload");
        AttributeType type = null;
        for (AttributeType candidate : AttributeType.values()) {
            if (value.has(candidate.name())) {
                if (type != null) {
                    throw new ValidationException("Supplied AttributeValue has more than one datatypes set, "
                            + "must contain exactly one of the supported datatypes");
                }
                type = candidate;
            }
        }
        if (type == null) {
            throw new ValidationException(
                    "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
        }
        String memberPath = value.childPath(type.name());
        return switch (type) {
            case S -> AttributeValue.ofString(value.requiredString("S"));
            case N -> AttributeValue.ofNumber(value.requiredString("N"));
            case B -> AttributeValue.ofBinary(binary(value.member("B"), memberPath));
            case BOOL -> AttributeValue.ofBoolean(value.bool("BOOL").orElseThrow());
            case NULL -> {
                if (!value.bool("NULL").orElseThrow()) {
                    throw new ValidationException("One or more parameter values were invalid: "
                            + "Null attribute value types must have the value of true");
                }
                yield AttributeValue.ofNull();
            }
            case SS -> AttributeValue.ofStringSet(value.stringList("SS"));
            case NS -> AttributeValue.ofNumberSet(value.stringList("NS"));
            case BS -> {
                List<byte[]> binaries = new ArrayList<>();
                List<Object> elements = value.list("BS").orElseThrow();
                for (int index = 0; index < elements.size(); index++) {
                    binaries.add(binary(elements.get(index), memberPath + "." + index));
                }
                yield AttributeValue.ofBinarySet(binaries);
            }
            case M -> AttributeValue.ofMap(decodeMap(
                    value.map("M", WireObject.SHAPES + "AttributeValue").orElseThrow(), memberPath));
            case L -> {
                List<AttributeValue> list = new ArrayList<>();
                List<Object> items = value.list("L").orElseThrow();
                for (int index = 0; index < items.size(); index++) {
                    list.add(decode(items.get(index), memberPath + "." + index));
                }
                yield AttributeValue.ofList(list);
            }
        };
    }

    /** Standard base64 text to bytes, with the errors DynamoDB gives for what is not base64. */
    static byte[] binary(Object json, String path) {
        if (!(json instanceof String text)) {
            throw WireException.serialization(
                    "only base-64-encoded strings are convertible to bytes at '" + path + "'");
        }
        if (text.length() % 4 != 0) {
            throw WireException.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: "
                    + text.length() + " at '" + path + "'");
        }
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException invalid) {
            throw WireException.serialization("Invalid Base64 text at '" + path + "': " + invalid.getMessage());
        }
    }
}
