package io.tabletheory.api.error;

/**
 * DynamoDB refused the request for now because of its rate ({@code ProvisionedThroughputExceededException},
 * {@code RequestLimitExceeded} or {@code ThrottlingException}). Safe to retry after a backoff.
 */
public class ThrottlingException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A throttling error with DynamoDB's message. */
    public ThrottlingException(String message) {
        super(message);
    }

    /** A throttling error translated from a backend's own exception. */
    public ThrottlingException(String message, Throwable cause) {
        super(message, cause);
    }
}
