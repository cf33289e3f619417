package io.tabletheory.aws.internal;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * SDK v2 DynamoDB Streams {@link Record}s to the api's {@link StreamRecord}: what the public {@code
 * AwsStreamRecords} and the stream adapter's GetRecords both use.
 */
public final class StreamRecordMapper {
    private StreamRecordMapper() {}

    /**
     * The record in TableTheory's shape.
     *
     * @throws IllegalArgumentException when the record has no event name, or one other than INSERT, MODIFY or
     *     REMOVE, or no {@code dynamodb} part
     */
    public static StreamRecord fromSdk(Record record) {
        Objects.requireNonNull(record, "record");
        String eventName = record.eventNameAsString();
        StreamEventName name = StreamEventName.named(eventName)
                .orElseThrow(() -> new IllegalArgumentException("stream record " + record.eventID()
                        + " has the event name " + eventName + ", not INSERT, MODIFY or REMOVE"));
        software.amazon.awssdk.services.dynamodb.model.StreamRecord change = record.dynamodb();
        if (change == null) {
            throw new IllegalArgumentException("stream record " + record.eventID() + " has no dynamodb part");
        }
        Identity identity = record.userIdentity();
        return new StreamRecord(
                Optional.ofNullable(record.eventID()).orElse(""),
                name,
                AttributeValues.fromSdk(change.keys()),
                change.hasNewImage() ? Optional.of(AttributeValues.fromSdk(change.newImage())) : Optional.empty(),
                change.hasOldImage() ? Optional.of(AttributeValues.fromSdk(change.oldImage())) : Optional.empty(),
                Optional.ofNullable(change.sequenceNumber()).orElse(""),
                Optional.ofNullable(change.sizeBytes()).orElse(0L),
                Optional.ofNullable(change.streamViewTypeAsString()),
                Optional.ofNullable(change.approximateCreationDateTime()),
                identity == null
                        ? Optional.empty()
                        : Optional.of(new StreamRecord.UserIdentity(
                                String.valueOf(identity.type()), String.valueOf(identity.principalId()))));
    }

    /** The records in TableTheory's shape, in order. */
    public static List<StreamRecord> fromSdk(List<Record> records) {
        return records.stream().map(StreamRecordMapper::fromSdk).toList();
    }
}
