package io.tabletheory.inmemory.internal.stream;

import java.time.Instant;

/**
 * Shard ids in DynamoDB's form: {@code shardId-} followed by 20 digits of the shard's creation time (epoch
 * milliseconds) and a dash with 8 hex digits, unique within the emulator (they carry the sequence number the shard
 * starts after).
 */
final class ShardIds {
    private ShardIds() {}

    static String next(Instant created, long sequence) {
        String millis = Long.toString(created.toEpochMilli());
        return "shardId-" + "0".repeat(Math.max(0, 20 - millis.length())) + millis + "-"
                + String.format("%08x", sequence & 0xffffffffL);
    }
}
