package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.StreamStatus;
import io.tabletheory.api.stream.StreamSummary;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.StreamViewType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stream of a table: enabled by CreateTable or UpdateTable, recording into its one shard until it is disabled
 * (by UpdateTable or the table's deletion), then readable, {@code DISABLED}, until its records expire. A table has at
 * most one enabled stream; enabling again makes a new one, with a new label.
 */
final class TableStream {
    private final String arn;
    private final long arnHash;
    private final String tableName;
    private final String label;
    private final StreamViewType viewType;
    private final List<KeySchemaElement> keySchema;
    private final Instant created;
    private final StreamShard shard;
    private volatile Optional<Instant> disabled;

    TableStream(
            String tableName,
            String label,
            StreamViewType viewType,
            List<KeySchemaElement> keySchema,
            Instant created,
            StreamShard shard,
            Optional<Instant> disabled) {
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.label = Objects.requireNonNull(label, "label");
        this.arn = StreamArns.of(tableName, label);
        this.arnHash = fnv1a(arn);
        this.viewType = Objects.requireNonNull(viewType, "viewType");
        this.keySchema = List.copyOf(keySchema);
        this.created = Objects.requireNonNull(created, "created");
        this.shard = Objects.requireNonNull(shard, "shard");
        this.disabled = Objects.requireNonNull(disabled, "disabled");
    }

    String arn() {
        return arn;
    }

    /** A 64-bit hash of the ARN (FNV-1a), which the stream's event ids start with. */
    long arnHash() {
        return arnHash;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int index = 0; index < text.length(); index++) {
            hash ^= text.charAt(index);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    String tableName() {
        return tableName;
    }

    String label() {
        return label;
    }

    StreamViewType viewType() {
        return viewType;
    }

    List<KeySchemaElement> keySchema() {
        return keySchema;
    }

    Instant created() {
        return created;
    }

    StreamShard shard() {
        return shard;
    }

    /** When the stream was disabled; empty while it is enabled. */
    Optional<Instant> disabled() {
        return disabled;
    }

    StreamStatus status() {
        return disabled.isPresent() ? StreamStatus.DISABLED : StreamStatus.ENABLED;
    }

    /** Disables the stream at {@code now}, closing its shard. */
    void disable(Instant now) {
        shard.close();
        disabled = Optional.of(now);
    }

    StreamSummary summary() {
        return new StreamSummary(arn, tableName, label);
    }
}
