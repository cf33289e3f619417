package io.tabletheory.api.error;

/**
 * The root of every error TableTheory raises. Unchecked: DynamoDB errors are mostly programming or
 * concurrency outcomes that a caller handles at a chosen boundary, not at every call.
 *
 * <p>Backends translate their own errors into subclasses of this one, so callers never catch SDK exceptions.
 */
public class TableTheoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message that says what went wrong, where, and what was expected. */
    public TableTheoryException(String message) {
        super(message);
    }

    /** An error caused by another, keeping the cause for diagnosis. */
    public TableTheoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
