package io.tabletheory.aws;

import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.aws.internal.AttributeValues;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * DynamoDB Streams records of the AWS SDK v2 ({@code DynamoDbStreamsClient.getRecords}) as TableTheory's
 * {@link StreamRecord}s, whose images {@code StreamRecords.typed(model, record)} reads as model instances.
 *
 * <pre>{@code
 * for (Record sdkRecord : streams.getRecords(request).records()) {
 *     ModelStreamRecord<Order> change = StreamRecords.typed(orders, AwsStreamRecords.of(sdkRecord));
 * }
 * }</pre>
 */
public final class AwsStreamRecords {
    private AwsStreamRecords() {}

    /**
     * The record in TableTheory's shape.
     *
     * @throws IllegalArgumentException when the record has no event name, or one other than INSERT, MODIFY or
     *     REMOVE, or no {@code dynamodb} part
     */
    public static StreamRecord of(Record record) {
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
    public static List<StreamRecord> of(List<Record> records) {
        return records.stream().map(AwsStreamRecords::of).toList();
    }
}
