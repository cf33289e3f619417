package io.tabletheory.api.error;

/**
 * Any other failure of the backend: a service error DynamoDB does not classify above (for example an internal
 * server error or a limit on control-plane operations), or a network failure. {@link #errorCode()} carries the
 * backend's own error code when it has one.
 */
public class BackendException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    private final String errorCode;

    /** A backend failure with the backend's error code (or an empty string) and message. */
    public BackendException(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode == null ? "" : errorCode;
    }

    /** The backend's error code, such as {@code InternalServerError}; empty when it has none. */
    public String errorCode() {
        return errorCode;
    }
}
