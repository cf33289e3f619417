package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;

/** Element-level null handling for collection converters: a null element is stored as {@code NULL}, and back. */
final class NullableValues {
    private NullableValues() {}

    static <T> AttributeValue write(ValueConverter<T> converter, T value) {
        if (value == null) {
            return AttributeValue.ofNull();
        }
        AttributeValue written = converter.write(value);
        return written == null ? AttributeValue.ofNull() : written;
    }

    static <T> T read(ValueConverter<T> converter, AttributeValue value) {
        return value.type() == AttributeType.NULL ? null : converter.read(value);
    }
}
