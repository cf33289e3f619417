package io.tabletheory;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.value.AttributeValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stream record with its images read as model instances ({@link StreamRecords#typed}).
 *
 * @param record the record as DynamoDB gave it
 * @param newImage the item after the change, as an instance, when the record carries it
 * @param oldImage the item before the change, as an instance, when the record carries it
 * @param <T> the model class
 */
public record ModelStreamRecord<T>(StreamRecord record, Optional<T> newImage, Optional<T> oldImage) {
    public ModelStreamRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(newImage, "newImage");
        Objects.requireNonNull(oldImage, "oldImage");
    }

    /** INSERT, MODIFY or REMOVE. */
    public StreamEventName eventName() {
        return record.eventName();
    }

    /** The item's primary key. */
    public Map<String, AttributeValue> keys() {
        return record.keys();
    }

    /** The record's position in its shard. */
    public String sequenceNumber() {
        return record.sequenceNumber();
    }

    /** When the change was made, when the record says. */
    public Optional<Instant> approximateCreationTime() {
        return record.approximateCreationTime();
    }

    /** Whether DynamoDB's time to live deleted the item. */
    public boolean fromTimeToLive() {
        return record.fromTimeToLive();
    }
}
