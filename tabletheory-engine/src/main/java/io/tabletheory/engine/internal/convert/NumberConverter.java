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
    static final NumberConverter<Byte> BYTE = new NumberConverter<>(
            "byte",
            BigDecimal::byteValueExact,
            text -> fitsLong(text) && inRange(text, Byte.MIN_VALUE, Byte.MAX_VALUE) ? Byte.valueOf(text) : null);
    static final NumberConverter<Short> SHORT = new NumberConverter<>(
            "short",
            BigDecimal::shortValueExact,
            text -> fitsLong(text) && inRange(text, Short.MIN_VALUE, Short.MAX_VALUE) ? Short.valueOf(text) : null);
    static final NumberConverter<Integer> INTEGER = new NumberConverter<>(
            "int",
            BigDecimal::intValueExact,
            text -> fitsLong(text) && inRange(text, Integer.MIN_VALUE, Integer.MAX_VALUE)
                    ? Integer.valueOf(text)
                    : null);
    static final NumberConverter<Long> LONG = new NumberConverter<>(
            "long", BigDecimal::longValueExact, text -> fitsLong(text) ? Long.valueOf(text) : null);
    static final NumberConverter<Float> FLOAT = new NumberConverter<>("float", BigDecimal::floatValue, Float::valueOf);
    static final NumberConverter<Double> DOUBLE =
            new NumberConverter<>("double", BigDecimal::doubleValue, Double::valueOf);
    static final NumberConverter<BigDecimal> BIG_DECIMAL =
            new NumberConverter<>("BigDecimal", number -> number, text -> null);
    static final NumberConverter<BigInteger> BIG_INTEGER =
            new NumberConverter<>("BigInteger", BigDecimal::toBigIntegerExact, text -> null);

    /** The most digits of an integer that always fits a {@code long}. */
    private static final int LONG_DIGITS = 18;

    private final String typeName;
    private final Function<BigDecimal, T> fromDecimal;
    /**
     * The value of a canonical number text read directly, without a {@code BigDecimal}, or {@code null} when the text
     * needs the exact path (a fraction for an integer type, a value beyond the type's range, a BigInteger). Gives the
     * same value as {@link #fromDecimal}: integers are parsed exactly, and {@code Double.valueOf} and {@code
     * Float.valueOf} round correctly, as {@code BigDecimal.doubleValue} and {@code floatValue} do.
     */
    private final Function<String, T> fromText;

    private NumberConverter(String typeName, Function<BigDecimal, T> fromDecimal, Function<String, T> fromText) {
        this.typeName = typeName;
        this.fromDecimal = fromDecimal;
        this.fromText = fromText;
    }

    @Override
    public AttributeValue write(T value) {
        if (value instanceof Double number) {
            return write(number.doubleValue());
        }
        try {
            return AttributeValue.ofNumber(decimalText(value));
        } catch (ValidationException outOfRange) {
            throw new ConversionException(value + " cannot be stored as a DynamoDB number: " + outOfRange.getMessage());
        }
    }

    /** The number a {@code double} is written as, the same as {@link #write} of it boxed, without the box. */
    static AttributeValue write(double value) {
        if (!Double.isFinite(value)) {
            throw new ConversionException(value + " cannot be stored: DynamoDB numbers are finite");
        }
        try {
            return AttributeValue.ofNumber(Double.toString(value));
        } catch (ValidationException outOfRange) {
            throw new ConversionException(value + " cannot be stored as a DynamoDB number: " + outOfRange.getMessage());
        }
    }

    @Override
    public T read(AttributeValue value) {
        AttributeValue.NumberValue number =
                Payloads.number(value).orElseThrow(() -> ConversionException.unexpectedType("N", value));
        T direct = fromText.apply(number.value());
        return direct != null ? direct : readExactly(number);
    }

    /** The value read through an exact {@code BigDecimal}: the path for what {@link #fromText} leaves. */
    T readExactly(AttributeValue.NumberValue number) {
        try {
            return fromDecimal.apply(number.bigDecimalValue());
        } catch (ArithmeticException notExact) {
            throw new ConversionException("the stored number " + number.value() + " does not fit a " + typeName);
        }
    }

    @Override
    public boolean isEmpty(T value) {
        if (isIntegral(value)) {
            return value.longValue() == 0;
        }
        return toDecimal(value).signum() == 0;
    }

    @Override
    public Optional<ScalarAttributeType> keyType() {
        return Optional.of(ScalarAttributeType.N);
    }

    /** Whether a canonical number text is an integer short enough to parse as a {@code long}. */
    private static boolean fitsLong(String text) {
        int digits = text.startsWith("-") ? text.length() - 1 : text.length();
        return digits <= LONG_DIGITS && text.indexOf('.') < 0;
    }

    /** Whether a canonical integer text that fits a {@code long} lies between {@code min} and {@code max}. */
    private static boolean inRange(String text, long min, long max) {
        long value = Long.parseLong(text);
        return value >= min && value <= max;
    }

    private static boolean isIntegral(Number value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    /**
     * The decimal text of a Java number's exact value, in any form {@code AttributeValue.ofNumber} reads (it
     * canonicalizes; integers already are canonical). Floats and doubles are their shortest decimal.
     */
    static String decimalText(Number value) {
        if (isIntegral(value)) {
            return Long.toString(value.longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            requireFinite(value);
            return value instanceof Float ? Float.toString(value.floatValue()) : Double.toString(value.doubleValue());
        }
        return toDecimal(value).toString();
    }

    private static void requireFinite(Number value) {
        if (!Double.isFinite(value.doubleValue())) {
            throw new ConversionException(value + " cannot be stored: DynamoDB numbers are finite");
        }
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
            requireFinite(value);
            return new BigDecimal(
                    value instanceof Float ? Float.toString(value.floatValue()) : Double.toString(value.doubleValue()));
        }
        return BigDecimal.valueOf(value.longValue());
    }
}
