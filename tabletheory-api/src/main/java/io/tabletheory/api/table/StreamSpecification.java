package io.tabletheory.api.table;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a table has a stream, and what its records hold. DynamoDB requires a view type when enabling a stream and
 * refuses one when disabling it ({@code ValidationException}); these rules are checked by the backend, not here.
 *
 * <pre>{@code
 * StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)
 * StreamSpecification.disabled()
 * }</pre>
 *
 * @param streamEnabled true to have a stream
 * @param streamViewType what the stream's records hold; given exactly when the stream is enabled
 */
public record StreamSpecification(boolean streamEnabled, Optional<StreamViewType> streamViewType) {
    public StreamSpecification {
        streamViewType = streamViewType == null ? Optional.empty() : streamViewType;
    }

    /** A stream whose records hold {@code viewType}. */
    public static StreamSpecification enabled(StreamViewType viewType) {
        return new StreamSpecification(true, Optional.of(Objects.requireNonNull(viewType, "viewType")));
    }

    /** No stream. */
    public static StreamSpecification disabled() {
        return new StreamSpecification(false, Optional.empty());
    }
}
