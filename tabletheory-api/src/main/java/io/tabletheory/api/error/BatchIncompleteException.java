package io.tabletheory.api.error;

import java.util.List;
import java.util.Objects;

/**
 * A batch read or write ended before every item was handled: DynamoDB kept leaving some of them unprocessed until
 * the retry budget ran out, the backend refused a request, or the thread was interrupted while waiting to retry.
 * Nothing is dropped silently: {@link #unprocessed()} hands back exactly the objects the caller passed in that were
 * not written (for a batch write) or not read (for a batch get), in the order they were given, so the caller can
 * retry them, store them elsewhere or report them. Every other object of the call was written (or read) exactly
 * once.
 *
 * <pre>{@code
 * try {
 *     db.model(User.class).batchCreate(users);
 * } catch (BatchIncompleteException incomplete) {
 *     List<User> notWritten = incomplete.unprocessed(User.class);
 * }
 * }</pre>
 */
public class BatchIncompleteException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    /** Model objects, not serializable in general; an exception crossing a serialization boundary loses them. */
    private final transient List<Object> unprocessed;

    private final transient List<Object> found;

    /**
     * An incomplete batch.
     *
     * @param message what was left and why, naming the operation and the tables
     * @param unprocessed the objects passed in that were not written or not read, in the order given
     * @param found for a batch get, the items read before it stopped; empty for a write
     * @param cause the backend's error, or null when the retry budget ran out
     */
    public BatchIncompleteException(String message, List<?> unprocessed, List<?> found, Throwable cause) {
        super(message, cause);
        this.unprocessed = List.copyOf(Objects.requireNonNull(unprocessed, "unprocessed"));
        this.found = List.copyOf(Objects.requireNonNull(found, "found"));
    }

    /** The objects passed in that were not written (or keys not read), in the order they were given. */
    public List<Object> unprocessed() {
        return unprocessed == null ? List.of() : unprocessed;
    }

    /** Those of {@link #unprocessed()} that are instances of {@code type}, for a batch of one model. */
    public <T> List<T> unprocessed(Class<T> type) {
        return unprocessed().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** For a batch get: the items read before the batch stopped, as model instances; empty for a write. */
    public List<Object> found() {
        return found == null ? List.of() : found;
    }
}
