package io.tabletheory.server.internal.json;

import io.tabletheory.api.stream.StreamRecord;
import java.io.IOException;

/**
 * The members of a DynamoDB Streams record that GetRecords' answers and a data directory's saved streams write
 * alike: inside {@code dynamodb}, {@code Keys}, {@code NewImage}, {@code OldImage} (each when the record has it),
 * {@code SequenceNumber}, {@code SizeBytes} and {@code StreamViewType}; and the record's {@code userIdentity}. Each
 * caller writes the creation time in its own form.
 */
public final class StreamRecordMembers {
    private StreamRecordMembers() {}

    /** The change's members, written inside the open {@code dynamodb} object. */
    public static void change(WireWriter out, StreamRecord record) throws IOException {
        out.item("Keys", record.keys(), true);
        if (record.newImage().isPresent()) {
            out.item("NewImage", record.newImage().get(), true);
        }
        if (record.oldImage().isPresent()) {
            out.item("OldImage", record.oldImage().get(), true);
        }
        out.json().writeStringField("SequenceNumber", record.sequenceNumber());
        out.json().writeNumberField("SizeBytes", record.sizeBytes());
        out.string("StreamViewType", record.streamViewType());
    }

    /** The record's {@code userIdentity}, when it has one (a time-to-live deletion). */
    public static void userIdentity(WireWriter out, StreamRecord record) throws IOException {
        if (record.userIdentity().isPresent()) {
            out.json().writeObjectFieldStart("userIdentity");
            out.json()
                    .writeStringField("PrincipalId", record.userIdentity().get().principalId());
            out.json().writeStringField("Type", record.userIdentity().get().type());
            out.json().writeEndObject();
        }
    }
}
