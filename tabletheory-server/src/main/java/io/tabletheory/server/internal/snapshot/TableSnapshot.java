package io.tabletheory.server.internal.snapshot;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.server.internal.json.AttributeValueDecoder;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.operation.TableOperations;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One table's snapshot file, read: the table's definition (decoded by the same code as a CreateTable request), its
 * time-to-live attribute when TTL is on, and its items still as parsed JSON, decoded one at a time by {@link
 * #restore} with the server's {@link AttributeValueDecoder}. Reading checks the file's shape; restoring creates the
 * table through the ports and puts every item back. The format is described on {@link SnapshotDirectory}.
 *
 * @param definition the table, as CreateTable takes it
 * @param timeToLiveAttribute the TTL attribute when TTL is on; empty when it is off
 * @param items the items, each a JSON object of DynamoDB JSON values
 */
record TableSnapshot(CreateTableRequest definition, Optional<String> timeToLiveAttribute, List<Object> items) {
    static final String TABLE = "Table";
    static final String TIME_TO_LIVE = "TimeToLiveDescription";
    static final String ITEMS = "Items";

    private static final Set<String> MEMBERS = Set.of(TABLE, TIME_TO_LIVE, ITEMS);

    TableSnapshot {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(timeToLiveAttribute, "timeToLiveAttribute");
        items = List.copyOf(items);
    }

    /**
     * Reads a snapshot file's content.
     *
     * @throws IllegalArgumentException (or the api's {@code ValidationException}, or the server's {@code
     *     WireException}) saying what is wrong and where, as a JSON path such as {@code Table.KeySchema.0}
     */
    static TableSnapshot read(byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        WireObject root = JsonTree.parseObject(content);
        for (String member : root.memberNames()) {
            if (!MEMBERS.contains(member)) {
                throw new IllegalArgumentException("unknown member \"" + member + "\"; a table file has \"" + TABLE
                        + "\", \"" + ITEMS + "\" and optionally \"" + TIME_TO_LIVE + "\"");
            }
        }
        WireObject table = root.object(TABLE, "CreateTableInput").orElseThrow(() -> absent(TABLE));
        CreateTableRequest definition = TableOperations.createTableRequest(table);
        List<Object> items = root.list(ITEMS).orElseThrow(() -> absent(ITEMS));
        return new TableSnapshot(definition, timeToLiveAttribute(root), items);
    }

    /** The table's name. */
    String tableName() {
        return definition.tableName();
    }

    /** Creates the table in {@code store}, turns TTL on when it was on, and puts every item; returns the items put. */
    long restore(DynamoStore store) {
        store.createTable(definition);
        if (timeToLiveAttribute.isPresent()) {
            store.updateTimeToLive(tableName(), new TimeToLiveSpecification(timeToLiveAttribute.get(), true));
        }
        for (int index = 0; index < items.size(); index++) {
            String path = ITEMS + "." + index;
            try {
                store.putItem(PutItemRequest.builder(tableName(), AttributeValueDecoder.decodeMap(object(index), path))
                        .build());
            } catch (RuntimeException invalid) {
                throw new IllegalArgumentException("item " + path + ": " + invalid.getMessage(), invalid);
            }
        }
        return items.size();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(int index) {
        Object item = items.get(index);
        if (!(item instanceof Map)) {
            throw new IllegalArgumentException("an item must be a JSON object of attribute values");
        }
        return (Map<String, Object>) item;
    }

    /** The TTL attribute when the file says TTL is on (ENABLED, or ENABLING when saved mid-change). */
    private static Optional<String> timeToLiveAttribute(WireObject root) {
        Optional<WireObject> description = root.object(TIME_TO_LIVE, TIME_TO_LIVE);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        String statusText = description
                .get()
                .string("TimeToLiveStatus")
                .orElseThrow(() -> absent(TIME_TO_LIVE + ".TimeToLiveStatus"));
        TimeToLiveStatus status;
        try {
            status = TimeToLiveStatus.valueOf(statusText);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown TimeToLiveStatus \"" + statusText + "\" at '" + TIME_TO_LIVE
                    + ".TimeToLiveStatus'; expected one of " + List.of(TimeToLiveStatus.values()));
        }
        if (status != TimeToLiveStatus.ENABLED && status != TimeToLiveStatus.ENABLING) {
            return Optional.empty();
        }
        return Optional.of(
                description.get().string("AttributeName").orElseThrow(() -> absent(TIME_TO_LIVE + ".AttributeName")));
    }

    private static IllegalArgumentException absent(String member) {
        return new IllegalArgumentException("the member \"" + member + "\" is missing");
    }
}
