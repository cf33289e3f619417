package io.tabletheory.api.error;

/**
 * A DynamoDB Streams read asked for records that are no longer kept ({@code TrimmedDataAccessException}): a stream
 * keeps its records for 24 hours, and a shard iterator for a sequence number older than that, or an iterator whose
 * next record was trimmed before it was used, fails with this error. Start again from {@code TRIM_HORIZON}, the
 * oldest record still kept.
 */
public class TrimmedDataAccessException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** A trimmed-data error with the backend's message. */
    public TrimmedDataAccessException(String message) {
        super(message);
    }

    /** A trimmed-data error translated from a backend's own exception. */
    public TrimmedDataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
