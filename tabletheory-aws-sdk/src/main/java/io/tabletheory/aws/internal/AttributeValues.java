package io.tabletheory.aws.internal;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.Items;
import java.util.ArrayList;
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
        return value.accept(ToSdk.INSTANCE);
    }

    /** The api value for an SDK value. */
    public static AttributeValue fromSdk(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        var type = value.type();
        if (type == null) {
            throw new BackendException("", "DynamoDB returned an attribute value without a type: " + value, null);
        }
        return switch (type) {
            case S -> AttributeValue.ofString(value.s());
            case N -> AttributeValue.ofNumber(value.n());
            case B -> AttributeValue.ofBinary(value.b().asByteArrayUnsafe());
            case SS -> AttributeValue.ofStringSet(value.ss());
            case NS -> AttributeValue.ofNumberSet(value.ns());
            case BS -> {
                List<byte[]> binaries = new ArrayList<>();
                for (SdkBytes binary : value.bs()) {
                    binaries.add(binary.asByteArrayUnsafe());
                }
                yield AttributeValue.ofBinarySet(binaries);
            }
            case M -> AttributeValue.ofMap(fromSdk(value.m()));
            case L -> {
                List<AttributeValue> elements = new ArrayList<>();
                for (var element : value.l()) {
                    elements.add(fromSdk(element));
                }
                yield AttributeValue.ofList(elements);
            }
            case NUL -> AttributeValue.ofNull();
            case BOOL -> AttributeValue.ofBoolean(value.bool());
            case UNKNOWN_TO_SDK_VERSION -> throw new BackendException(
                    "", "DynamoDB returned an attribute value of a type this SDK does not know: " + value, null);
        };
    }

    /**
     * SDK values for an api item, key or value map, in the same order: a read-only view that converts each value as
     * it is read ({@link SdkValueMap}), for an SDK builder, which copies it into a map of its own.
     */
    public static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toSdk(
            Map<String, AttributeValue> item) {
        return new SdkValueMap(item);
    }

    /**
     * The api item for an SDK item, key or value map, in the same order: an immutable {@link Items} item, which the
     * result records keep without copying it again.
     */
    public static Map<String, AttributeValue> fromSdk(
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        Items.Builder values = Items.builder(item.size());
        for (var entry : item.entrySet()) {
            values.put(entry.getKey(), fromSdk(entry.getValue()));
        }
        return values.build();
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

    /** The SDK value for each kind of api value; nested maps and lists convert element by element. */
    private static final class ToSdk
            implements AttributeValue.Visitor<software.amazon.awssdk.services.dynamodb.model.AttributeValue> {
        static final ToSdk INSTANCE = new ToSdk();

        private static software.amazon.awssdk.services.dynamodb.model.AttributeValue.Builder sdk() {
            return software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitString(
                AttributeValue.StringValue value) {
            return sdk().s(value.value()).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitNumber(
                AttributeValue.NumberValue value) {
            return sdk().n(value.value()).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitBinary(
                AttributeValue.BinaryValue value) {
            return sdk().b(bytes(value)).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitStringSet(
                AttributeValue.StringSetValue value) {
            // The builder copies the set into a list of its own.
            return sdk().ss(value.values()).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitNumberSet(
                AttributeValue.NumberSetValue value) {
            List<String> numbers = new ArrayList<>();
            for (AttributeValue.NumberValue number : value.values()) {
                numbers.add(number.value());
            }
            return sdk().ns(numbers).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitBinarySet(
                AttributeValue.BinarySetValue value) {
            List<SdkBytes> binaries = new ArrayList<>();
            for (AttributeValue.BinaryValue binary : value.values()) {
                binaries.add(bytes(binary));
            }
            return sdk().bs(binaries).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitMap(AttributeValue.MapValue value) {
            return sdk().m(toSdk(value.values())).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitList(AttributeValue.ListValue value) {
            List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> elements = new ArrayList<>();
            for (AttributeValue element : value.values()) {
                elements.add(toSdk(element));
            }
            return sdk().l(elements).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitNull(AttributeValue.NullValue value) {
            return sdk().nul(true).build();
        }

        @Override
        public software.amazon.awssdk.services.dynamodb.model.AttributeValue visitBoolean(
                AttributeValue.BooleanValue value) {
            return sdk().bool(value.value()).build();
        }
    }

    private static SdkBytes bytes(AttributeValue.BinaryValue binary) {
        // value() already returns a private copy, so the SDK may keep it without copying again.
        return SdkBytes.fromByteArrayUnsafe(binary.value());
    }
}
