package io.tabletheory.inmemory.internal.stream;

import java.time.Instant;

/**
 * Shard ids in DynamoDB's form: {@code shardId-} followed by 20 digits of the shard's creation time (epoch
 * milliseconds, which a table's streams never share: their labels differ) and a dash with 8 hex digits of the same
 * time.
 */
final class ShardIds {
    private ShardIds() {}

    static String of(Instant created) {
        String millis = Long.toString(created.toEpochMilli());
        return "shardId-" + "0".repeat(Math.max(0, 20 - millis.length())) + millis + "-"
                + String.format("%08x", created.toEpochMilli() & 0xffffffffL);
    }
}
