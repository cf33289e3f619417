package io.tabletheory.engine.internal.read;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which page of a Query or Scan to ask for: where it starts, how many items it may hold, and whether only the count
 * is wanted ({@code Select COUNT}).
 *
 * @param startKey the ExclusiveStartKey; empty for the first page
 * @param limit the page's Limit, when there is one
 * @param count whether to ask for the count only
 */
public record PageRequest(Map<String, AttributeValue> startKey, OptionalInt limit, boolean count) {
    public PageRequest {
        startKey = Collections.unmodifiableMap(new LinkedHashMap<>(startKey));
    }

    /** The first page, without a limit, returning items. */
    public static PageRequest first() {
        return new PageRequest(Map.of(), OptionalInt.empty(), false);
    }
}
