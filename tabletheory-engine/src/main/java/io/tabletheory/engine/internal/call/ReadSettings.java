package io.tabletheory.engine.internal.call;

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

    /** These settings returning only {@code fields}. */
    public ReadSettings withProjection(List<FieldMapping> fields) {
        return new ReadSettings(fields, limit, cursor, order, consistentRead, segment, totalSegments);
    }

    /** These settings with at most {@code items} items. */
    public ReadSettings withLimit(int items) {
        return new ReadSettings(
                projection, OptionalInt.of(items), cursor, order, consistentRead, segment, totalSegments);
    }

    /** These settings resuming at {@code resumeAt} (null for the start). */
    public ReadSettings withCursor(String resumeAt) {
        return new ReadSettings(
                projection, limit, Optional.ofNullable(resumeAt), order, consistentRead, segment, totalSegments);
    }

    /** These settings in {@code sortOrder}. */
    public ReadSettings withOrder(SortOrder sortOrder) {
        return new ReadSettings(projection, limit, cursor, sortOrder, consistentRead, segment, totalSegments);
    }

    /** These settings with strongly consistent reads. */
    public ReadSettings withConsistentRead() {
        return new ReadSettings(projection, limit, cursor, order, true, segment, totalSegments);
    }

    /** These settings reading one segment of a parallel scan. */
    public ReadSettings withSegment(int scanSegment, int scanTotalSegments) {
        return new ReadSettings(
                projection,
                limit,
                cursor,
                order,
                consistentRead,
                OptionalInt.of(scanSegment),
                OptionalInt.of(scanTotalSegments));
    }
}
