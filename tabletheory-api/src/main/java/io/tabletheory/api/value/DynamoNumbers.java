package io.tabletheory.api.value;

import io.tabletheory.api.error.ValidationException;
import java.math.BigDecimal;

/**
 * DynamoDB's number rules: which texts are numbers, the 38-digit precision, the magnitude range, and the canonical
 * form DynamoDB returns. Used by {@link AttributeValue.NumberValue}; public so that backends can apply the same
 * checks to computed results (for example the sum of an {@code ADD}).
 *
 * <p>Reading a text costs time proportional to its length, whatever it holds: a request of megabytes of digits is
 * refused (or, for leading and trailing zeros, accepted) after one pass over it, never by arithmetic on a number of
 * that size.
 */
public final class DynamoNumbers {
    /** The largest number of significant digits DynamoDB stores. */
    public static final int MAX_SIGNIFICANT_DIGITS = 38;

    /** The largest decimal exponent of the leading digit: magnitudes stay below 1E+126. */
    public static final int MAX_EXPONENT = 125;

    /** The smallest decimal exponent of the leading digit: magnitudes are at least 1E-130. */
    public static final int MIN_EXPONENT = -130;

    private DynamoNumbers() {}

    /**
     * Validates {@code text} as a DynamoDB number and returns its canonical form, in time proportional to the text's
     * length. A number is an optional sign, digits with an optional decimal point (at least one digit), and an optional
     * exponent of one to nine digits; leading and trailing zeros do not count towards the 38 significant digits. A
     * text already in canonical form (as DynamoDB returns numbers) is returned as it is, without a copy.
     *
     * @throws ValidationException with DynamoDB's message when the text is not a number, has more than 38
     *     significant digits, or is out of range
     */
    public static String canonical(String text) {
        if (text == null) {
            throw notANumber(null);
        }
        if (CanonicalNumbers.isCanonical(text)) {
            return text;
        }
        return NumberText.read(text).canonical();
    }

    static ValidationException notANumber(String text) {
        return new ValidationException("The parameter cannot be converted to a numeric value: " + text);
    }

    static void checkRange(long leadingExponent, long significantDigits) {
        if (leadingExponent > MAX_EXPONENT) {
            throw new ValidationException(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (leadingExponent < MIN_EXPONENT) {
            throw new ValidationException(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        if (significantDigits > MAX_SIGNIFICANT_DIGITS) {
            throw new ValidationException("Attempting to store more than 38 significant digits in a Number");
        }
    }

    /**
     * Validates a computed number against DynamoDB's precision and range and returns its canonical form.
     *
     * @throws ValidationException with DynamoDB's message when the number has more than 38 significant digits or is
     *     out of range
     */
    public static String canonical(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        checkRange((long) stripped.precision() - stripped.scale() - 1, stripped.precision());
        return stripped.toPlainString();
    }
}
