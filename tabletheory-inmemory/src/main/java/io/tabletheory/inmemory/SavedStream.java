package io.tabletheory.inmemory;

import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.StreamViewType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stream of an {@link InMemoryDynamoStore} as {@link InMemoryDynamoStore#savedStreams()} reports it and {@link
 * InMemoryDynamoStore#restoreStreams} takes it back: what a data directory keeps so that streams outlive the
 * process (their ARNs and labels, status, shard, sequence numbers and records). Sequence numbers are the numbers the
 * stream's records carry as text.
 *
 * @param tableName the stream's table
 * @param label the stream's label (its ARN is the table's ARN followed by {@code /stream/<label>})
 * @param viewType what its records hold
 * @param keySchema its table's primary key
 * @param created when it was enabled
 * @param disabled when it was disabled; empty while enabled
 * @param shardId its shard's id
 * @param startingSequenceNumber its shard's starting sequence number
 * @param lastSequenceNumber the last sequence number its shard gave out (a record's, or the ending one)
 * @param trimmedThrough the highest sequence number trimmed (its shard's start minus one when none was)
 * @param endingSequenceNumber its shard's ending sequence number once closed
 * @param records the records kept, oldest first
 */
public record SavedStream(
        String tableName,
        String label,
        StreamViewType viewType,
        List<KeySchemaElement> keySchema,
        Instant created,
        Optional<Instant> disabled,
        String shardId,
        long startingSequenceNumber,
        long lastSequenceNumber,
        long trimmedThrough,
        OptionalLong endingSequenceNumber,
        List<Record> records) {
    public SavedStream {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(viewType, "viewType");
        keySchema = List.copyOf(keySchema);
        Objects.requireNonNull(created, "created");
        disabled = disabled == null ? Optional.empty() : disabled;
        Objects.requireNonNull(shardId, "shardId");
        endingSequenceNumber = endingSequenceNumber == null ? OptionalLong.empty() : endingSequenceNumber;
        records = List.copyOf(records);
    }

    /**
     * One record kept by a stream.
     *
     * @param created when it was written, by the emulator's clock (the 24-hour retention counts from it)
     * @param record the record
     */
    public record Record(Instant created, StreamRecord record) {
        public Record {
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(record, "record");
        }
    }
}
