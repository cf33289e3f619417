package io.tabletheory.api.stream;

import java.util.Objects;
import java.util.Optional;

/**
 * A GetShardIterator request: where to start reading one shard of a stream.
 *
 * <pre>{@code
 * String iterator = store.getShardIterator(GetShardIteratorRequest.of(streamArn, shardId, ShardIteratorType.TRIM_HORIZON));
 * }</pre>
 *
 * @param streamArn the stream
 * @param shardId the shard (from DescribeStream)
 * @param shardIteratorType where to start
 * @param sequenceNumber the record to start at or after; given exactly for {@code AT_SEQUENCE_NUMBER} and {@code
 *     AFTER_SEQUENCE_NUMBER} (the backend refuses it otherwise)
 */
public record GetShardIteratorRequest(
        String streamArn, String shardId, ShardIteratorType shardIteratorType, Optional<String> sequenceNumber) {
    public GetShardIteratorRequest {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(shardIteratorType, "shardIteratorType");
        sequenceNumber = sequenceNumber == null ? Optional.empty() : sequenceNumber;
    }

    /** An iterator of a type that takes no sequence number ({@code TRIM_HORIZON}, {@code LATEST}). */
    public static GetShardIteratorRequest of(String streamArn, String shardId, ShardIteratorType type) {
        return new GetShardIteratorRequest(streamArn, shardId, type, Optional.empty());
    }

    /** An iterator at or after a record ({@code AT_SEQUENCE_NUMBER}, {@code AFTER_SEQUENCE_NUMBER}). */
    public static GetShardIteratorRequest at(
            String streamArn, String shardId, ShardIteratorType type, String sequenceNumber) {
        return new GetShardIteratorRequest(
                streamArn, shardId, type, Optional.of(Objects.requireNonNull(sequenceNumber, "sequenceNumber")));
    }
}
