package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Optional;

/**
 * Converts values of one Java type to and from DynamoDB attribute values. The model mapping holds one per field;
 * {@link Converters} picks it from the field's generic type. Converters never see {@code null} or {@code NULL}:
 * the field mapping handles those.
 *
 * @param <T> the Java type
 */
public interface ValueConverter<T> {
    /**
     * The attribute value for a non-null Java value ({@code NULL} for a value DynamoDB has no form for, such as an
     * empty set).
     */
    AttributeValue write(T value);

    /**
     * The Java value for a stored attribute value other than {@code NULL}.
     *
     * @throws ConversionException when the stored type or value does not fit the Java type
     */
    T read(AttributeValue value);

    /** Whether the value counts as empty for {@code @OmitEmpty}: an empty string, zero, false, an empty collection. */
    boolean isEmpty(T value);

    /** The key type this converter writes, when its values can be a table or index key (S, N or B). */
    default Optional<ScalarAttributeType> keyType() {
        return Optional.empty();
    }
}
