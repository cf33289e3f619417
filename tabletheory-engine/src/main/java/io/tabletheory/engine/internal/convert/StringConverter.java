package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.Optional;

/** {@code String} ⇄ {@code S}. */
final class StringConverter implements ValueConverter<String> {
    static final StringConverter INSTANCE = new StringConverter();

    @Override
    public AttributeValue write(String value) {
        return AttributeValue.ofString(value);
    }

    @Override
    public String read(AttributeValue value) {
        return Payloads.string(value).orElseThrow(() -> ConversionException.unexpectedType("S", value));
    }

    @Override
    public boolean isEmpty(String value) {
        return value.isEmpty();
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.S);
    }
}
