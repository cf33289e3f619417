package io.tabletheory.aws;

import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.aws.internal.StreamRecordMapper;
import java.util.List;
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
        return StreamRecordMapper.fromSdk(record);
    }

    /** The records in TableTheory's shape, in order. */
    public static List<StreamRecord> of(List<Record> records) {
        return StreamRecordMapper.fromSdk(records);
    }
}
