package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.ItemChangeInterest;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The emulator's change listener when streams are possible: passes every change on to the listener the emulator was
 * given (a journal, or none) first, then records each item change of a table with an enabled stream, under the
 * table's lock, before the change is stored: so the item still holds its old image, and records of one item are
 * numbered in the order its changes are applied. A write that changes nothing (an equal item put, a delete of a
 * missing item) leaves no record, as on DynamoDB. Deletions made while {@link #asService} runs (the TTL sweep) carry
 * DynamoDB's service identity.
 *
 * <p>Until some table is created or updated with a stream, item changes cost one volatile read here.
 */
public final class StreamRecorder implements ChangeListener, ItemChangeInterest {
    private static final StreamRecord.UserIdentity SERVICE =
            new StreamRecord.UserIdentity("Service", StreamRecord.TIME_TO_LIVE_PRINCIPAL);

    private final ChangeListener next;
    private final StreamRegistry registry;
    private final StreamSubscriptions subscriptions;
    private final Function<String, Optional<Table>> tables;
    private final ThreadLocal<Boolean> service = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private volatile boolean streamsPossible;

    StreamRecorder(
            ChangeListener next,
            StreamRegistry registry,
            StreamSubscriptions subscriptions,
            Function<String, Optional<Table>> tables) {
        this.next = Objects.requireNonNull(next, "next");
        this.registry = registry;
        this.subscriptions = subscriptions;
        this.tables = tables;
    }

    /** From now on, look for streams on every item change (a table is about to get one). */
    void streamsPossible() {
        streamsPossible = true;
    }

    /** Item changes matter once a table may have a stream, or always when a listener (a journal) is behind this one. */
    @Override
    public boolean wantsItemChanges() {
        return streamsPossible || next != ChangeListener.NONE;
    }

    /** Runs {@code work} (the TTL sweep) with its deletions recorded as the service's. */
    <T> T asService(Supplier<T> work) {
        service.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            service.remove();
        }
    }

    @Override
    public void itemsChanging(List<ItemWrite> writes) {
        next.itemsChanging(writes);
        if (!streamsPossible) {
            return;
        }
        for (ItemWrite write : writes) {
            tables.apply(write.tableName())
                    .ifPresent(table -> registry.current(table).ifPresent(stream -> record(table, stream, write)));
        }
    }

    private void record(Table table, TableStream stream, ItemWrite write) {
        Map<String, AttributeValue> key = write.key();
        Optional<AttributeValue> sort = table.keySchema().sort().map(attribute -> key.get(attribute.name()));
        PrimaryKey primaryKey =
                new PrimaryKey(key.get(table.keySchema().partition().name()), sort);
        Optional<Map<String, AttributeValue>> before = table.get(primaryKey);
        Optional<Map<String, AttributeValue>> after = write.item();
        if (before.equals(after)) {
            return;
        }
        StreamEventName event = before.isEmpty()
                ? StreamEventName.INSERT
                : after.isEmpty() ? StreamEventName.REMOVE : StreamEventName.MODIFY;
        StreamViewType view = stream.viewType();
        Optional<Map<String, AttributeValue>> newImage =
                view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES
                        ? after
                        : Optional.empty();
        Optional<Map<String, AttributeValue>> oldImage =
                view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES
                        ? before
                        : Optional.empty();
        long size = ItemSize.of(key)
                + newImage.map(ItemSize::of).orElse(0L)
                + oldImage.map(ItemSize::of).orElse(0L);
        Instant now = registry.clock().instant();
        Optional<StreamRecord.UserIdentity> identity =
                event == StreamEventName.REMOVE && service.get() ? Optional.of(SERVICE) : Optional.empty();
        StreamRecord record = stream.shard()
                .append(
                        sequence -> new StreamRecord(
                                eventId(stream, sequence),
                                event,
                                key,
                                newImage,
                                oldImage,
                                SequenceNumbers.format(sequence),
                                size,
                                Optional.of(view.name()),
                                Optional.of(now.truncatedTo(ChronoUnit.SECONDS)),
                                identity),
                        now,
                        registry.horizon());
        subscriptions.recorded(table.name(), record);
    }

    /** A record's id: 32 hex digits, the stream's ARN hash then the sequence number, unique and repeatable. */
    private static String eventId(TableStream stream, long sequence) {
        String hash = Long.toHexString(stream.arnHash());
        String number = Long.toHexString(sequence);
        return "0".repeat(16 - hash.length()) + hash + "0".repeat(16 - number.length()) + number;
    }

    @Override
    public void tableCreating(CreateTableRequest table) {
        if (table.streamSpecification()
                .filter(specification -> specification.streamEnabled())
                .isPresent()) {
            streamsPossible = true;
        }
        next.tableCreating(table);
    }

    @Override
    public void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive) {
        next.timeToLiveChanging(tableName, timeToLive);
    }

    @Override
    public void tableDeleting(String tableName) {
        next.tableDeleting(tableName);
        if (streamsPossible) {
            tables.apply(tableName).ifPresent(registry::current);
            registry.tableDeleted(tableName);
        }
    }

    @Override
    public void changeApplied() {
        next.changeApplied();
    }
}
