package io.tabletheory.engine.internal.cursor;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A cursor's content.
 *
 * @param lastKey where the next page starts: the last evaluated key of the previous page
 * @param index the index the cursor was made for, when it names one
 * @param sort the order it was made for ({@code ASC} or {@code DESC}), when it names one
 */
public record DecodedCursor(Map<String, AttributeValue> lastKey, Optional<String> index, Optional<String> sort) {
    public DecodedCursor {
        lastKey = Map.copyOf(lastKey);
    }
}
