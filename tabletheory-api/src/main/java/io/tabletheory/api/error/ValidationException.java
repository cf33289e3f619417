package io.tabletheory.api.error;

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

    /** A validation error translated from a backend's own exception. */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
