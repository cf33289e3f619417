package io.tabletheory.api.error;

/**
 * A transaction reused a {@code ClientRequestToken} of the last ten minutes with different parameters
 * ({@code IdempotentParameterMismatchException}).
 */
public class IdempotentParameterMismatchException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A token-mismatch error with DynamoDB's message. */
    public IdempotentParameterMismatchException(String message) {
        super(message);
    }

    /** A token-mismatch error translated from a backend's own exception. */
    public IdempotentParameterMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
