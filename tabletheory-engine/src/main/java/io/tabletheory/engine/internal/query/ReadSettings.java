package io.tabletheory.engine.internal.query;

import io.tabletheory.SortOrder;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The per-call settings of a read, as set on a model: projection, limit, cursor, order, consistency and parallel-scan
 * segment.
 *
 * @param projection the fields to return; empty for all
 * @param limit at most this many items in total (and per page)
 * @param cursor where to resume
 * @param order the sort-key order of a query
 * @param consistentRead strongly consistent reads
 * @param segment the parallel-scan segment
 * @param totalSegments the parallel-scan segment count
 */
public record ReadSettings(
        List<FieldMapping> projection,
        OptionalInt limit,
        Optional<String> cursor,
        SortOrder order,
        boolean consistentRead,
        OptionalInt segment,
        OptionalInt totalSegments) {

    public ReadSettings {
        projection = List.copyOf(projection);
    }

    /** Defaults: everything, no limit, from the start, ascending, eventually consistent, the whole table. */
    public static ReadSettings defaults() {
        return new ReadSettings(
                List.of(),
                OptionalInt.empty(),
                Optional.empty(),
                SortOrder.ASC,
                false,
                OptionalInt.empty(),
                OptionalInt.empty());
    }
}
