package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;

/**
 * The attribute values of the primitive fields the built-in converters handle ({@code int}, {@code long}, {@code
 * double}, {@code boolean}), written straight from the primitive: the same values and errors as the converter given
 * the boxed value, without the box. The model mapping's accessors use them when a primitive field keeps its built-in
 * converter ({@link #isBuiltIn}); a field with a custom converter goes through that converter as before.
 */
public final class PrimitiveWrites {
    private PrimitiveWrites() {}

    /** Whether {@code converter} is the built-in one for the primitive {@code type}, which the writes here repeat. */
    public static boolean isBuiltIn(ValueConverter<?> converter, Class<?> type) {
        if (type == int.class) {
            return converter == NumberConverter.INTEGER;
        }
        if (type == long.class) {
            return converter == NumberConverter.LONG;
        }
        if (type == double.class) {
            return converter == NumberConverter.DOUBLE;
        }
        return type == boolean.class && converter == BooleanConverter.INSTANCE;
    }

    /** An {@code int} or {@code long} as a number: its decimal text, which is canonical already. */
    public static AttributeValue ofLong(long value) {
        return AttributeValue.ofNumber(value);
    }

    /**
     * A {@code double} as the shortest decimal that reads back to it.
     *
     * @throws ConversionException when it is not finite or beyond DynamoDB's range
     */
    public static AttributeValue ofDouble(double value) {
        return NumberConverter.write(value);
    }

    /** A {@code boolean} as {@code BOOL}. */
    public static AttributeValue ofBoolean(boolean value) {
        return AttributeValue.ofBoolean(value);
    }
}
