package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;

/** {@code boolean}/{@code Boolean} ⇄ {@code BOOL}. */
final class BooleanConverter implements ValueConverter<Boolean> {
    static final BooleanConverter INSTANCE = new BooleanConverter();

    @Override
    public AttributeValue write(Boolean value) {
        return AttributeValue.ofBoolean(value);
    }

    @Override
    public Boolean read(AttributeValue value) {
        return Payloads.bool(value).orElseThrow(() -> ConversionException.unexpectedType("BOOL", value));
    }

    @Override
    public boolean isEmpty(Boolean value) {
        return !value;
    }
}
