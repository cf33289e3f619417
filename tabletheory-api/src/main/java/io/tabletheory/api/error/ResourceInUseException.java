package io.tabletheory.api.error;

/**
 * The resource is in a state that forbids the request ({@code ResourceInUseException}); for example creating a
 * table that already exists.
 */
public class ResourceInUseException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A resource-in-use error with DynamoDB's message. */
    public ResourceInUseException(String message) {
        super(message);
    }

    /** A resource-in-use error translated from a backend's own exception. */
    public ResourceInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
