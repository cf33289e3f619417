package io.tabletheory.server.internal.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.inmemory.SavedStream;
import io.tabletheory.server.internal.json.JsonTree;
import io.tabletheory.server.internal.json.StreamRecordMembers;
import io.tabletheory.server.internal.json.WireObject;
import io.tabletheory.server.internal.json.WireWriter;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A snapshot's {@code streams.json}: the emulator's DynamoDB streams ({@link SavedStream}), so that their ARNs,
 * labels, status, numbering and records outlive the process. One JSON object, {@code {"Streams": [...]}}; each stream
 * has {@code TableName}, {@code StreamLabel}, {@code StreamViewType}, {@code KeySchema}, {@code CreatedMillis}, {@code
 * DisabledMillis} (when disabled), {@code ShardId}, {@code StartingSequenceNumber}, {@code LastSequenceNumber},
 * {@code TrimmedThrough}, {@code EndingSequenceNumber} (when closed; all numbers) and {@code Records}, each record in
 * GetRecords' shape (images in DynamoDB JSON) with {@code CreatedMillis} added. A snapshot without the file (saved by
 * an earlier version, or from a store without streams) restores no stream state.
 *
 * <p>The records of changes journaled after the snapshot are not in the file: replaying the journal records them
 * again, with the same sequence numbers and event ids (a stream numbers its records in its table's order of changes,
 * which the journal keeps), but with the replay's time as their creation time, and a TTL deletion replayed as a
 * plain REMOVE (without the service identity). A write that raced with the snapshot (its item saved in a table file,
 * its record not in this file) may be recorded again, as a MODIFY of the item to itself, after a restart.
 */
final class StreamsFile {
    /** The file's name in a snapshot directory. */
    static final String NAME = "streams.json";

    private StreamsFile() {}

    static byte[] write(List<SavedStream> streams) {
        return WireWriter.object(out -> {
            JsonGenerator json = out.json();
            json.writeArrayFieldStart("Streams");
            for (SavedStream stream : streams) {
                json.writeStartObject();
                json.writeStringField("TableName", stream.tableName());
                json.writeStringField("StreamLabel", stream.label());
                json.writeStringField("StreamViewType", stream.viewType().name());
                json.writeArrayFieldStart("KeySchema");
                for (KeySchemaElement element : stream.keySchema()) {
                    json.writeStartObject();
                    json.writeStringField("AttributeName", element.attributeName());
                    json.writeStringField("KeyType", element.keyType().name());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeNumberField("CreatedMillis", stream.created().toEpochMilli());
                if (stream.disabled().isPresent()) {
                    json.writeNumberField(
                            "DisabledMillis", stream.disabled().get().toEpochMilli());
                }
                json.writeStringField("ShardId", stream.shardId());
                json.writeNumberField("StartingSequenceNumber", stream.startingSequenceNumber());
                json.writeNumberField("LastSequenceNumber", stream.lastSequenceNumber());
                json.writeNumberField("TrimmedThrough", stream.trimmedThrough());
                if (stream.endingSequenceNumber().isPresent()) {
                    json.writeNumberField(
                            "EndingSequenceNumber",
                            stream.endingSequenceNumber().getAsLong());
                }
                json.writeArrayFieldStart("Records");
                for (SavedStream.Record record : stream.records()) {
                    writeRecord(out, record);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static void writeRecord(WireWriter out, SavedStream.Record saved) throws IOException {
        JsonGenerator json = out.json();
        StreamRecord record = saved.record();
        json.writeStartObject();
        json.writeNumberField("CreatedMillis", saved.created().toEpochMilli());
        json.writeStringField("eventID", record.eventId());
        json.writeStringField("eventName", record.eventName().name());
        json.writeObjectFieldStart("dynamodb");
        if (record.approximateCreationTime().isPresent()) {
            json.writeNumberField(
                    "ApproximateCreationDateTimeMillis",
                    record.approximateCreationTime().get().toEpochMilli());
        }
        StreamRecordMembers.change(out, record);
        json.writeEndObject();
        StreamRecordMembers.userIdentity(out, record);
        json.writeEndObject();
    }

    /**
     * The streams a file's bytes hold.
     *
     * @throws IllegalArgumentException (or the JSON layer's exceptions) when the content does not have the shape
     *     above; the caller names the file
     */
    static List<SavedStream> read(byte[] bytes) {
        WireObject root = JsonTree.parseObject(bytes);
        List<SavedStream> streams = new ArrayList<>();
        for (WireObject stream : root.objectList("Streams", "Stream")) {
            List<KeySchemaElement> keySchema = new ArrayList<>();
            for (WireObject element : stream.objectList("KeySchema", "KeySchemaElement")) {
                keySchema.add(new KeySchemaElement(
                        element.requiredString("AttributeName"), KeyType.valueOf(element.requiredString("KeyType"))));
            }
            List<SavedStream.Record> records = new ArrayList<>();
            for (WireObject record : stream.objectList("Records", "Record")) {
                records.add(readRecord(record));
            }
            streams.add(new SavedStream(
                    stream.requiredString("TableName"),
                    stream.requiredString("StreamLabel"),
                    StreamViewType.valueOf(stream.requiredString("StreamViewType")),
                    keySchema,
                    Instant.ofEpochMilli(required(stream, "CreatedMillis")),
                    stream.longValue("DisabledMillis").map(Instant::ofEpochMilli),
                    stream.requiredString("ShardId"),
                    required(stream, "StartingSequenceNumber"),
                    required(stream, "LastSequenceNumber"),
                    required(stream, "TrimmedThrough"),
                    stream.longValue("EndingSequenceNumber")
                            .map(OptionalLong::of)
                            .orElseGet(OptionalLong::empty),
                    records));
        }
        return streams;
    }

    private static SavedStream.Record readRecord(WireObject saved) {
        WireObject change = saved.requiredObject("dynamodb", "StreamRecord");
        String eventName = saved.requiredString("eventName");
        Optional<StreamRecord.UserIdentity> identity = saved.object("userIdentity", "Identity")
                .map(who ->
                        new StreamRecord.UserIdentity(who.requiredString("Type"), who.requiredString("PrincipalId")));
        StreamRecord record = new StreamRecord(
                saved.requiredString("eventID"),
                StreamEventName.named(eventName)
                        .orElseThrow(() -> new IllegalArgumentException("unknown eventName " + eventName)),
                change.requiredAttributeMap("Keys"),
                change.attributeMap("NewImage"),
                change.attributeMap("OldImage"),
                change.requiredString("SequenceNumber"),
                change.longValue("SizeBytes").orElse(0L),
                change.string("StreamViewType"),
                change.longValue("ApproximateCreationDateTimeMillis").map(Instant::ofEpochMilli),
                identity);
        return new SavedStream.Record(Instant.ofEpochMilli(required(saved, "CreatedMillis")), record);
    }

    private static long required(WireObject object, String member) {
        return object.longValue(member).orElseThrow(() -> object.missing(member));
    }
}
