package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.util.Arrays;
import java.util.Optional;

/** An enum ⇄ {@code S} holding the constant's {@code name()}. */
final class EnumConverter<E extends Enum<E>> implements ValueConverter<E> {
    private final Class<E> type;

    EnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public AttributeValue write(E value) {
        return AttributeValue.ofString(value.name());
    }

    @Override
    public E read(AttributeValue value) {
        String name = Payloads.string(value)
                .orElseThrow(() ->
                        ConversionException.unexpectedType("S (a constant of " + type.getSimpleName() + ")", value));
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new ConversionException("\"" + name + "\" is not a constant of " + type.getName() + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    @Override
    public boolean isEmpty(E value) {
        return false;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.S);
    }
}
