package io.tabletheory.api.stream;

import java.util.Objects;
import java.util.Optional;

/**
 * One shard of a stream: a sequence of records in sequence-number order.
 *
 * @param shardId the shard's id, used with GetShardIterator
 * @param sequenceNumberRange the sequence numbers it spans; an ending number means the shard is closed
 * @param parentShardId the shard it continues, when it has one
 */
public record Shard(String shardId, SequenceNumberRange sequenceNumberRange, Optional<String> parentShardId) {
    public Shard {
        Objects.requireNonNull(shardId, "shardId");
        Objects.requireNonNull(sequenceNumberRange, "sequenceNumberRange");
        parentShardId = parentShardId == null ? Optional.empty() : parentShardId;
    }

    /** Whether the shard is closed: no record will be added to it. */
    public boolean closed() {
        return sequenceNumberRange.endingSequenceNumber().isPresent();
    }
}
