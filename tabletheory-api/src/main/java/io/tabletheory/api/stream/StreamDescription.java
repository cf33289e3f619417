package io.tabletheory.api.stream;

import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.StreamViewType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stream as DescribeStream reports it.
 *
 * @param streamArn the stream's ARN
 * @param streamLabel its label (the time it was enabled)
 * @param streamStatus whether it records changes now
 * @param streamViewType what its records hold
 * @param creationRequestDateTime when it was enabled
 * @param tableName its table
 * @param keySchema its table's primary key
 * @param shards one page of its shards, oldest first
 * @param lastEvaluatedShardId where the next page of shards starts; empty on the last page
 */
public record StreamDescription(
        String streamArn,
        String streamLabel,
        StreamStatus streamStatus,
        StreamViewType streamViewType,
        Instant creationRequestDateTime,
        String tableName,
        List<KeySchemaElement> keySchema,
        List<Shard> shards,
        Optional<String> lastEvaluatedShardId) {
    public StreamDescription {
        Objects.requireNonNull(streamArn, "streamArn");
        Objects.requireNonNull(streamLabel, "streamLabel");
        Objects.requireNonNull(streamStatus, "streamStatus");
        Objects.requireNonNull(streamViewType, "streamViewType");
        Objects.requireNonNull(creationRequestDateTime, "creationRequestDateTime");
        Objects.requireNonNull(tableName, "tableName");
        keySchema = List.copyOf(keySchema);
        shards = List.copyOf(shards);
        lastEvaluatedShardId = lastEvaluatedShardId == null ? Optional.empty() : lastEvaluatedShardId;
    }
}
