package io.tabletheory;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;

/**
 * Stores a Java type your way: register it for a type on {@link TableTheory.Builder#converter}, or for one field
 * with {@link io.tabletheory.annotation.Convert}. Converters never see {@code null} (a null field is {@code NULL}
 * or omitted, as for any field). Implementations must be thread-safe; a converter named by {@code @Convert} needs
 * a public no-argument constructor.
 *
 * <pre>{@code
 * final class MoneyConverter implements AttributeConverter<Money> {
 *     public AttributeValue toAttributeValue(Money money) {
 *         return AttributeValue.ofString(money.currency() + " " + money.amount().toPlainString());
 *     }
 *     public Money fromAttributeValue(AttributeValue value) {
 *         String[] parts = ((AttributeValue.StringValue) value).value().split(" ");
 *         return new Money(parts[0], new BigDecimal(parts[1]));
 *     }
 * }
 * }</pre>
 *
 * @param <T> the Java type
 */
public interface AttributeConverter<T> {
    /** The stored form of a non-null value. */
    AttributeValue toAttributeValue(T value);

    /**
     * The value of a stored attribute (never {@code NULL}).
     *
     * @throws RuntimeException any exception, which TableTheory reports as a {@code ModelException} naming the field
     */
    T fromAttributeValue(AttributeValue value);

    /** The key type, when values may be a table or index key; empty (the default) when they may not. */
    default Optional<ScalarAttributeType> keyType() {
        return Optional.empty();
    }
}
