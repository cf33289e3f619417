package io.tabletheory.api.stream;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A GetRecords request: the records of a shard from where an iterator points.
 *
 * @param shardIterator from GetShardIterator or the previous GetRecords' {@code nextShardIterator}; valid for 15
 *     minutes after it was issued
 * @param limit at most this many records, 1 to 1000; 1000 by default (and never more than 1 MB of records)
 */
public record GetRecordsRequest(String shardIterator, OptionalInt limit) {
    public GetRecordsRequest {
        Objects.requireNonNull(shardIterator, "shardIterator");
        limit = limit == null ? OptionalInt.empty() : limit;
    }

    /** Up to 1000 records from {@code shardIterator}. */
    public static GetRecordsRequest of(String shardIterator) {
        return new GetRecordsRequest(shardIterator, OptionalInt.empty());
    }
}
