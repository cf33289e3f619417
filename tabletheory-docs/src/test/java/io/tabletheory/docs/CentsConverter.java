package io.tabletheory.docs;

import io.tabletheory.AttributeConverter;
import io.tabletheory.api.value.AttributeValue;

/** Stores {@link Money} as a number of euro cents: the converter one field chooses with {@code @Convert}. */
public final class CentsConverter implements AttributeConverter<Money> {
    @Override
    public AttributeValue toAttributeValue(Money value) {
        if (!value.currency().equals("EUR")) {
            throw new IllegalArgumentException("a fee is in EUR, not " + value.currency());
        }
        return AttributeValue.ofNumber(value.cents());
    }

    @Override
    public Money fromAttributeValue(AttributeValue value) {
        if (!(value instanceof AttributeValue.NumberValue number)) {
            throw new IllegalArgumentException("a fee is stored as a number of cents, not " + value);
        }
        return new Money(Long.parseLong(number.value()), "EUR");
    }
}
