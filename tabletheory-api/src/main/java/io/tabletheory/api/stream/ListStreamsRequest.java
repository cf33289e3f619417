package io.tabletheory.api.stream;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A ListStreams request: one page of streams, those of one table or of every table.
 *
 * <pre>{@code
 * store.listStreams(ListStreamsRequest.forTable("orders"));
 * }</pre>
 *
 * @param tableName only this table's streams; every table's by default
 * @param limit at most this many streams, 1 to 100; 100 by default
 * @param exclusiveStartStreamArn start after this stream (the previous page's {@code lastEvaluatedStreamArn})
 */
public record ListStreamsRequest(
        Optional<String> tableName, OptionalInt limit, Optional<String> exclusiveStartStreamArn) {
    public ListStreamsRequest {
        tableName = tableName == null ? Optional.empty() : tableName;
        limit = limit == null ? OptionalInt.empty() : limit;
        exclusiveStartStreamArn = exclusiveStartStreamArn == null ? Optional.empty() : exclusiveStartStreamArn;
    }

    /** The first page of every table's streams. */
    public static ListStreamsRequest all() {
        return new ListStreamsRequest(Optional.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** The first page of {@code tableName}'s streams. */
    public static ListStreamsRequest forTable(String tableName) {
        return new ListStreamsRequest(Optional.of(tableName), OptionalInt.empty(), Optional.empty());
    }
}
