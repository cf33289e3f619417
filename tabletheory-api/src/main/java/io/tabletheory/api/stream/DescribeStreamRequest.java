package io.tabletheory.api.stream;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A DescribeStream request: a stream's settings and one page of its shards.
 *
 * @param streamArn the stream
 * @param limit at most this many shards, 1 to 100; 100 by default
 * @param exclusiveStartShardId start after this shard (the previous page's {@code lastEvaluatedShardId})
 */
public record DescribeStreamRequest(String streamArn, OptionalInt limit, Optional<String> exclusiveStartShardId) {
    public DescribeStreamRequest {
        Objects.requireNonNull(streamArn, "streamArn");
        limit = limit == null ? OptionalInt.empty() : limit;
        exclusiveStartShardId = exclusiveStartShardId == null ? Optional.empty() : exclusiveStartShardId;
    }

    /** The stream and its first page of shards. */
    public static DescribeStreamRequest of(String streamArn) {
        return new DescribeStreamRequest(streamArn, OptionalInt.empty(), Optional.empty());
    }
}
