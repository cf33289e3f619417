package io.tabletheory.engine.internal.convert;

import io.tabletheory.AttributeConverter;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;

/** Adapts a user's {@link AttributeConverter} to the mapping's converter contract, wrapping its failures. */
final class CustomConverter<T> implements ValueConverter<T> {
    private final AttributeConverter<T> converter;

    CustomConverter(AttributeConverter<T> converter) {
        this.converter = converter;
    }

    @Override
    public AttributeValue write(T value) {
        try {
            return converter.toAttributeValue(value);
        } catch (RuntimeException failed) {
            throw new ConversionException(converter.getClass().getName() + " failed to write " + value + ": " + failed);
        }
    }

    @Override
    public T read(AttributeValue value) {
        try {
            return converter.fromAttributeValue(value);
        } catch (RuntimeException failed) {
            throw new ConversionException(converter.getClass().getName() + " failed to read " + value + ": " + failed);
        }
    }

    @Override
    public boolean isEmpty(T value) {
        return false;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return converter.keyType();
    }
}
