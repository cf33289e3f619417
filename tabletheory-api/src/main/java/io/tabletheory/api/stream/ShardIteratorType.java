package io.tabletheory.api.stream;

/** Where in a shard a shard iterator starts reading (GetShardIterator's {@code ShardIteratorType}). */
public enum ShardIteratorType {
    /** At the oldest record still kept (records are kept for 24 hours). */
    TRIM_HORIZON,
    /** Just after the newest record: only records written from now on. */
    LATEST,
    /** At the record with the given sequence number. */
    AT_SEQUENCE_NUMBER,
    /** Just after the record with the given sequence number. */
    AFTER_SEQUENCE_NUMBER;

    /** Whether this type needs a sequence number. */
    public boolean needsSequenceNumber() {
        return this == AT_SEQUENCE_NUMBER || this == AFTER_SEQUENCE_NUMBER;
    }
}
