package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Every stream the emulator's tables have had, by ARN (so in table-name, then label order), with the one enabled
 * stream of each table. The tables' settings are the truth about which stream is enabled (CreateTable and UpdateTable
 * set them); {@link #current} follows them, so the stream a write records into is always the one its table's
 * settings name, whatever the order in which settings changes and writes meet. A disabled stream stays readable
 * until 24 hours after it was disabled, then disappears. Thread-safe.
 */
final class StreamRegistry {
    /** How long records, and disabled streams, are kept. */
    static final Duration RETENTION = Duration.ofHours(24);

    private final Clock clock;
    private final ConcurrentSkipListMap<String, TableStream> streams = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, TableStream> enabled = new ConcurrentHashMap<>();

    StreamRegistry(Clock clock) {
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /** The start of the retention window now: records and disabled streams older than this are gone. */
    Instant horizon() {
        return clock.instant().minus(RETENTION);
    }

    /**
     * The enabled stream of {@code table} as its settings say now, creating it (when the settings name a stream not
     * yet known) or disabling the previous one (when they no longer name it); empty when the table has no enabled
     * stream. Called with the table's write lock held, or with table changes serialised.
     */
    Optional<TableStream> current(Table table) {
        TableSettings settings = table.settings();
        TableStream live = enabled.get(table.name());
        if (live != null
                && settings.streamSpecification().isPresent()
                && settings.streamLabel().filter(live.label()::equals).isPresent()) {
            return Optional.of(live);
        }
        if (live == null && settings.streamSpecification().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(follow(table, settings));
    }

    private synchronized TableStream follow(Table table, TableSettings settings) {
        TableStream live = enabled.get(table.name());
        Optional<StreamSpecification> specification = settings.streamSpecification();
        String label = settings.streamLabel().orElse("");
        if (live != null && (specification.isEmpty() || !live.label().equals(label))) {
            live.disable(clock.instant());
            enabled.remove(table.name());
            live = null;
        }
        if (live == null && specification.isPresent() && specification.get().streamEnabled()) {
            StreamViewType viewType = specification.get().streamViewType().orElseThrow();
            live = new TableStream(
                    table.name(),
                    label,
                    viewType,
                    table.definition().keySchema(),
                    labelTime(label),
                    new StreamShard(ShardIds.of(labelTime(label)), startOf(labelTime(label))),
                    Optional.empty());
            streams.put(live.arn(), live);
            enabled.put(table.name(), live);
        }
        return live;
    }

    /**
     * The starting sequence number of a stream enabled at {@code created}: its epoch milliseconds followed by six
     * zeros, so a table's later streams start higher (their labels are later).
     */
    static long startOf(Instant created) {
        return created.toEpochMilli() * 1_000_000L;
    }

    static Instant labelTime(String label) {
        return LocalDateTime.parse(label).toInstant(ZoneOffset.UTC);
    }

    /** Disables the enabled stream of a table being deleted. */
    synchronized void tableDeleted(String tableName) {
        TableStream live = enabled.remove(tableName);
        if (live != null) {
            live.disable(clock.instant());
        }
    }

    /** The stream an ARN (of any region) names, if it exists and has not expired. */
    Optional<TableStream> find(String arn) {
        return StreamArns.canonical(arn).map(streams::get).filter(this::kept);
    }

    /** The streams after {@code exclusiveStart} (an ARN in the emulator's form), in order, that have not expired. */
    Collection<TableStream> after(Optional<String> exclusiveStart) {
        Collection<TableStream> tail = exclusiveStart
                .map(start -> streams.tailMap(start, false).values())
                .orElseGet(streams::values);
        return tail.stream().filter(this::kept).toList();
    }

    private boolean kept(TableStream stream) {
        return stream.disabled().map(when -> !when.isBefore(horizon())).orElse(true);
    }

    /** Every stream, expired or not, for saving. */
    List<TableStream> all() {
        return List.copyOf(streams.values());
    }

    /** Replaces every stream by those of a saved state. */
    synchronized void restore(List<TableStream> saved) {
        streams.clear();
        enabled.clear();
        for (TableStream stream : saved) {
            streams.put(stream.arn(), stream);
            if (stream.disabled().isEmpty()) {
                enabled.put(stream.tableName(), stream);
            }
        }
    }
}
