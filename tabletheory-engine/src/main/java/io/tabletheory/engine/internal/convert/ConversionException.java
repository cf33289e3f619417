package io.tabletheory.engine.internal.convert;

import io.tabletheory.api.value.AttributeValue;

/**
 * A value that does not fit its converter: a stored value of another type, a number out of the Java type's range,
 * a float that is not finite. The field mapping catches it and rethrows a {@code ModelException} naming the class,
 * field and attribute.
 */
public final class ConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A conversion failure saying what was found and what was expected. */
    public ConversionException(String message) {
        super(message);
    }

    /** Rejects a stored value whose DynamoDB type is not the one expected. */
    public static ConversionException unexpectedType(String expected, AttributeValue found) {
        return new ConversionException("expected " + expected + " but the stored value is " + found.type() + " "
                + abbreviate(found.toString()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
