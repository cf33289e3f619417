package io.tabletheory.api.error;

/**
 * The table (or index) named in the request does not exist, or is not active yet
 * ({@code ResourceNotFoundException}).
 */
public class ResourceNotFoundException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A missing-resource error with DynamoDB's message. */
    public ResourceNotFoundException(String message) {
        super(message);
    }

    /** A missing-resource error translated from a backend's own exception. */
    public ResourceNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
