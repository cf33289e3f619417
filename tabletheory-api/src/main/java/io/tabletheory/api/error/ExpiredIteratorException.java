package io.tabletheory.api.error;

/**
 * A DynamoDB Streams shard iterator was used more than 15 minutes after it was issued ({@code
 * ExpiredIteratorException}). Get a new iterator with GetShardIterator (for example {@code AFTER_SEQUENCE_NUMBER}
 * the last record read) and continue from there.
 */
public class ExpiredIteratorException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** An expired-iterator error with the backend's message. */
    public ExpiredIteratorException(String message) {
        super(message);
    }

    /** An expired-iterator error translated from a backend's own exception. */
    public ExpiredIteratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
