package io.tabletheory.aws.internal;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/**
 * Converts attribute values, items and key maps between the api's {@link AttributeValue} and the SDK's model type,
 * recursively and without loss: numbers as their canonical decimal strings, binary as {@link SdkBytes}, sets, lists
 * and maps element by element, map and item order kept. Every mapper of the AWS adapter goes through here.
 */
public final class AttributeValues {
    private AttributeValues() {}

    /** The SDK value for an api value. */
    public static software.amazon.awssdk.services.dynamodb.model.AttributeValue toSdk(AttributeValue value) {
        var sdk = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
        switch (value.type()) {
            case S:
                return sdk.s(((AttributeValue.StringValue) value).value()).build();
            case N:
                return sdk.n(((AttributeValue.NumberValue) value).value()).build();
            case B:
                return sdk.b(bytes((AttributeValue.BinaryValue) value)).build();
            case SS:
                return sdk.ss(List.copyOf(((AttributeValue.StringSetValue) value).values()))
                        .build();
            case NS: {
                List<String> numbers = new ArrayList<>();
                for (AttributeValue.NumberValue number : ((AttributeValue.NumberSetValue) value).values()) {
                    numbers.add(number.value());
                }
                return sdk.ns(numbers).build();
            }
            case BS: {
                List<SdkBytes> binaries = new ArrayList<>();
                for (AttributeValue.BinaryValue binary : ((AttributeValue.BinarySetValue) value).values()) {
                    binaries.add(bytes(binary));
                }
                return sdk.bs(binaries).build();
            }
            case M:
                return sdk.m(toSdk(((AttributeValue.MapValue) value).values())).build();
            case L: {
                List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> elements = new ArrayList<>();
                for (AttributeValue element : ((AttributeValue.ListValue) value).values()) {
                    elements.add(toSdk(element));
                }
                return sdk.l(elements).build();
            }
            case NULL:
                return sdk.nul(true).build();
            case BOOL:
                return sdk.bool(((AttributeValue.BooleanValue) value).value()).build();
        }
        throw new IllegalStateException("unhandled attribute type " + value.type());
    }

    /** The api value for an SDK value. */
    public static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        var type = value.type();
        if (type == null) {
            throw new BackendException("", "DynamoDB returned an attribute value without a type: " + value, null);
        }
        switch (type) {
            case S:
                return AttributeValue.ofString(value.s());
            case N:
                return AttributeValue.ofNumber(value.n());
            case B:
                return AttributeValue.ofBinary(value.b().asByteArrayUnsafe());
            case SS:
                return AttributeValue.ofStringSet(value.ss());
            case NS:
                return AttributeValue.ofNumberSet(value.ns());
            case BS: {
                List<byte[]> binaries = new ArrayList<>();
                for (SdkBytes binary : value.bs()) {
                    binaries.add(binary.asByteArrayUnsafe());
                }
                return AttributeValue.ofBinarySet(binaries);
            }
            case M:
                return AttributeValue.ofMap(fromSdk(value.m()));
            case L: {
                List<AttributeValue> elements = new ArrayList<>();
                for (var element : value.l()) {
                    elements.add(fromSdk(element));
                }
                return AttributeValue.ofList(elements);
            }
            case NUL:
                return AttributeValue.ofNull();
            case BOOL:
                return AttributeValue.ofBoolean(value.bool());
            default:
                throw new BackendException(
                        "", "DynamoDB returned an attribute value of a type this SDK does not know: " + value, null);
        }
    }

    /** SDK values for an api item, key or value map, in the same order. */
    public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
            Map<String, AttributeValue> item) {
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk =
                new LinkedHashMap<>(item.size() * 2);
        item.forEach((name, value) -> sdk.put(name, toSdk(value)));
        return sdk;
    }

    /** The api item for an SDK item, key or value map, in the same order. */
    public static Map<String, AttributeValue> fromSdk(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Map<String, AttributeValue> values = new LinkedHashMap<>(item.size() * 2);
        item.forEach((name, value) -> values.put(name, fromSdk(value)));
        return values;
    }

    /** An SDK map for a request parameter: {@code null} (absent) when the api map is empty. */
    public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdkOrNull(
            Map<String, AttributeValue> values) {
        return values.isEmpty() ? null : toSdk(values);
    }

    /** SDK maps for a list of api items. */
    public static List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> toSdkItems(
            List<Map<String, AttributeValue>> items) {
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> sdk = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            sdk.add(toSdk(item));
        }
        return sdk;
    }

    /** Api items for a list of SDK maps. */
    public static List<Map<String, AttributeValue>> fromSdkItems(
            List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> items) {
        List<Map<String, AttributeValue>> values = new ArrayList<>();
        for (var item : items) {
            values.add(fromSdk(item));
        }
        return values;
    }

    private static SdkBytes bytes(AttributeValue.BinaryValue binary) {
        // value() already returns a private copy, so the SDK may keep it without copying again.
        return SdkBytes.fromByteArrayUnsafe(binary.value());
    }
}
