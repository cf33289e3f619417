package io.tabletheory.server.internal.journal;

import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener.ItemWrite;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.TableShapes;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import io.tabletheory.server.internal.operation.TableOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link JournalRecord} as the bytes of one journal frame: compact JSON in DynamoDB's own shapes, so a journal can
 * be read with any JSON tool. Exactly one member names the record:
 *
 * <ul>
 *   <li>{@code {"Writes": [{"TableName": "t", "Item": {...}}, {"TableName": "t", "Key": {...}}]}}: items written
 *       together, an {@code Item} (DynamoDB JSON, as on the wire) for a put or an update, a {@code Key} for a delete;
 *   <li>{@code {"CreateTable": {...}}}: a CreateTable request body;
 *   <li>{@code {"TimeToLive": {"TableName": "t", "TimeToLiveStatus": "ENABLED", "AttributeName": "expiresAt"}}};
 *   <li>{@code {"DeleteTable": {"TableName": "t"}}}.
 * </ul>
 */
final class RecordCodec {
    private static final String WRITES = "Writes";
    private static final String CREATE_TABLE = "CreateTable";
    private static final String TIME_TO_LIVE = "TimeToLive";
    private static final String DELETE_TABLE = "DeleteTable";
    private static final String TABLE_NAME = "TableName";

    private RecordCodec() {}

    /** The record's bytes. */
    static byte[] encode(JournalRecord record) {
        return WireWriter.object(out -> record.accept(new JournalRecord.Visitor<Void>() {
            @Override
            public Void visitItemWrites(JournalRecord.ItemWrites writes) {
                write(() -> {
                    out.json().writeArrayFieldStart(WRITES);
                    for (ItemWrite write : writes.writes()) {
                        out.json().writeStartObject();
                        out.json().writeStringField(TABLE_NAME, write.tableName());
                        if (write.item().isPresent()) {
                            out.item("Item", write.item().get(), true);
                        } else {
                            out.item("Key", write.key(), true);
                        }
                        out.json().writeEndObject();
                    }
                    out.json().writeEndArray();
                });
                return null;
            }

            @Override
            public Void visitTableCreated(JournalRecord.TableCreated created) {
                write(() -> {
                    out.json().writeFieldName(CREATE_TABLE);
                    TableShapes.definition(out.json(), created.table());
                });
                return null;
            }

            @Override
            public Void visitTimeToLiveChanged(JournalRecord.TimeToLiveChanged changed) {
                write(() -> {
                    out.json().writeObjectFieldStart(TIME_TO_LIVE);
                    out.json().writeStringField(TABLE_NAME, changed.tableName());
                    out.json()
                            .writeStringField(
                                    "TimeToLiveStatus",
                                    changed.timeToLive().status().name());
                    out.string("AttributeName", changed.timeToLive().attributeName());
                    out.json().writeEndObject();
                });
                return null;
            }

            @Override
            public Void visitTableDeleted(JournalRecord.TableDeleted deleted) {
                write(() -> {
                    out.json().writeObjectFieldStart(DELETE_TABLE);
                    out.json().writeStringField(TABLE_NAME, deleted.tableName());
                    out.json().writeEndObject();
                });
                return null;
            }
        }));
    }

    /**
     * The record in {@code bytes}.
     *
     * @throws IllegalArgumentException (or the server's JSON errors) saying what is wrong
     */
    static JournalRecord decode(byte[] bytes) {
        WireObject root = JsonTree.parseObject(bytes);
        if (root.memberNames().size() != 1) {
            throw new IllegalArgumentException("a journal record has exactly one member, found " + root.memberNames());
        }
        String kind = root.memberNames().iterator().next();
        return switch (kind) {
            case WRITES -> new JournalRecord.ItemWrites(writes(root));
            case CREATE_TABLE -> new JournalRecord.TableCreated(
                    TableOperations.createTableRequest(root.requiredObject(CREATE_TABLE, "CreateTableInput")));
            case TIME_TO_LIVE -> timeToLive(root.requiredObject(TIME_TO_LIVE, TIME_TO_LIVE));
            case DELETE_TABLE -> new JournalRecord.TableDeleted(
                    root.requiredObject(DELETE_TABLE, DELETE_TABLE).requiredString(TABLE_NAME));
            default -> throw new IllegalArgumentException("unknown journal record \"" + kind + "\"; expected one of "
                    + List.of(WRITES, CREATE_TABLE, TIME_TO_LIVE, DELETE_TABLE));
        };
    }

    private static List<ItemWrite> writes(WireObject root) {
        List<ItemWrite> writes = new ArrayList<>();
        for (WireObject write : root.objectList(WRITES, "Write")) {
            String tableName = write.requiredString(TABLE_NAME);
            Optional<Map<String, AttributeValue>> item = write.attributeMap("Item");
            writes.add(new ItemWrite(tableName, item.isPresent() ? Map.of() : write.requiredAttributeMap("Key"), item));
        }
        return writes;
    }

    private static JournalRecord timeToLive(WireObject change) {
        String status = change.requiredString("TimeToLiveStatus");
        TimeToLiveStatus parsed;
        try {
            parsed = TimeToLiveStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown TimeToLiveStatus \"" + status + "\"", unknown);
        }
        return new JournalRecord.TimeToLiveChanged(
                change.requiredString(TABLE_NAME), new TimeToLiveDescription(parsed, change.string("AttributeName")));
    }

    /** A part of a record's JSON, which may throw the generator's IOException. */
    @FunctionalInterface
    private interface Part {
        void write() throws java.io.IOException;
    }

    private static void write(Part part) {
        try {
            part.write();
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }
}
