package io.tabletheory.api.error;

import java.util.List;

/**
 * DynamoDB rejected the request as invalid ({@code ValidationException}): a malformed expression, a key that does
 * not match the table's schema, a value out of range, an item over 400 KB, and so on. The message is DynamoDB's.
 * Retrying the same request fails the same way.
 */
public class ValidationException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A validation error with DynamoDB's message. */
    public ValidationException(String message) {
        super(message);
    }

    /**
     * DynamoDB's error for violations of its request-model constraints (lengths, patterns, ranges, enum value sets),
     * all reported together: {@code 1 validation error detected: Value 'x' at 'tableName' failed to satisfy
     * constraint: ...}, or {@code 2 validation errors detected: ...; ...}.
     *
     * @param violations each violation's text, in the order to report them; at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public static ValidationException ofConstraintViolations(List<String> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation is needed");
        }
        String count = violations.size() == 1
                ? "1 validation error detected: "
                : violations.size() + " validation errors detected: ";
        return new ValidationException(count + String.join("; ", violations));
    }

    /** A validation error translated from a backend's own exception. */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
