package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.Optional;

/** {@code byte[]} ⇄ {@code B}; the bytes are copied both ways. */
final class BinaryConverter implements ValueConverter<byte[]> {
    static final BinaryConverter INSTANCE = new BinaryConverter();

    @Override
    public AttributeValue write(byte[] value) {
        return AttributeValue.ofBinary(value);
    }

    @Override
    public byte[] read(AttributeValue value) {
        return Payloads.binary(value)
                .map(AttributeValue.BinaryValue::value)
                .orElseThrow(() -> ConversionException.unexpectedType("B", value));
    }

    @Override
    public boolean isEmpty(byte[] value) {
        return value.length == 0;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.B);
    }
}
