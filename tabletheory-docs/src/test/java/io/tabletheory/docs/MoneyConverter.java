package io.tabletheory.docs;

import io.tabletheory.AttributeConverter;
import io.tabletheory.api.value.AttributeValue;

/** Stores {@link Money} as one string, {@code "1250 EUR"}: the converter registered for every Money field. */
public final class MoneyConverter implements AttributeConverter<Money> {
    @Override
    public AttributeValue toAttributeValue(Money value) {
        return AttributeValue.ofString(value.cents() + " " + value.currency());
    }

    @Override
    public Money fromAttributeValue(AttributeValue value) {
        if (!(value instanceof AttributeValue.StringValue text) || !text.value().contains(" ")) {
            throw new IllegalArgumentException("Money is stored as a string \"<cents> <currency>\", not " + value);
        }
        String[] parts = text.value().split(" ", 2);
        return new Money(Long.parseLong(parts[0]), parts[1]);
    }
}
