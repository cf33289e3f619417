package io.tabletheory.api.error;

/**
 * Another transaction was operating on the same item at the same time ({@code TransactionConflictException}).
 * Safe to retry.
 */
public class TransactionConflictException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A conflict error with DynamoDB's message. */
    public TransactionConflictException(String message) {
        super(message);
    }

    /** A conflict error translated from a backend's own exception. */
    public TransactionConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
