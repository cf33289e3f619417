package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.value.Payloads;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;

/**
 * Java numbers ⇄ {@code N}. Integers are written exactly; floats and doubles as the shortest decimal that reads back
 * to the same value (never in exponent form, never widened: {@code 0.1f} is written {@code 0.1}). Reads are exact:
 * a stored {@code 1.5} does not silently become the int {@code 1}, and a number beyond the Java type's range is an
 * error rather than a wrapped value.
 */
final class NumberConverter<T extends Number> implements ValueConverter<T> {
    static final NumberConverter<Byte> BYTE = new NumberConverter<>("byte", BigDecimal::byteValueExact);
    static final NumberConverter<Short> SHORT = new NumberConverter<>("short", BigDecimal::shortValueExact);
    static final NumberConverter<Integer> INTEGER = new NumberConverter<>("int", BigDecimal::intValueExact);
    static final NumberConverter<Long> LONG = new NumberConverter<>("long", BigDecimal::longValueExact);
    static final NumberConverter<Float> FLOAT = new NumberConverter<>("float", BigDecimal::floatValue);
    static final NumberConverter<Double> DOUBLE = new NumberConverter<>("double", BigDecimal::doubleValue);
    static final NumberConverter<BigDecimal> BIG_DECIMAL = new NumberConverter<>("BigDecimal", number -> number);
    static final NumberConverter<BigInteger> BIG_INTEGER =
            new NumberConverter<>("BigInteger", BigDecimal::toBigIntegerExact);

    private final String typeName;
    private final Function<BigDecimal, T> fromDecimal;

    private NumberConverter(String typeName, Function<BigDecimal, T> fromDecimal) {
        this.typeName = typeName;
        this.fromDecimal = fromDecimal;
    }

    @Override
    public AttributeValue write(T value) {
        try {
            return AttributeValue.ofNumber(toDecimal(value));
        } catch (ValidationException outOfRange) {
            throw new ConversionException(value + " cannot be stored as a DynamoDB number: " + outOfRange.getMessage());
        }
    }

    @Override
    public T read(AttributeValue value) {
        AttributeValue.NumberValue number =
                Payloads.number(value).orElseThrow(() -> ConversionException.unexpectedType("N", value));
        try {
            return fromDecimal.apply(number.bigDecimalValue());
        } catch (ArithmeticException notExact) {
            throw new ConversionException("the stored number " + number.value() + " does not fit a " + typeName);
        }
    }

    @Override
    public boolean isEmpty(T value) {
        return toDecimal(value).signum() == 0;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.N);
    }

    /** The exact decimal value of a Java number. */
    static BigDecimal toDecimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double asDouble = value.doubleValue();
            if (!Double.isFinite(asDouble)) {
                throw new ConversionException(value + " cannot be stored: DynamoDB numbers are finite");
            }
            return new BigDecimal(
                    value instanceof Float ? Float.toString(value.floatValue()) : Double.toString(asDouble));
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
