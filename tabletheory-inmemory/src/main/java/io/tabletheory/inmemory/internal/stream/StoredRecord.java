package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.StreamRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * A record as a {@link StreamShard} keeps it: the record, its sequence number as a number, and when it was written
 * (the emulator's clock, to the millisecond: what the 24-hour retention is measured on).
 */
record StoredRecord(long sequence, Instant created, StreamRecord record) {
    StoredRecord {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(record, "record");
    }
}
