package io.tabletheory;

import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.engine.internal.stream.StreamEventJson;
import java.util.List;
import java.util.Objects;

/**
 * DynamoDB Streams records for handlers: read from the JSON a Lambda function receives, and turned into typed
 * records whose images are model instances, read by the model's own rules ({@link Model#fromItem}).
 *
 * <pre>{@code
 * public class OrdersHandler implements RequestStreamHandler {
 *     public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
 *         for (StreamRecord raw : StreamRecords.parse(new String(in.readAllBytes(), UTF_8))) {
 *             ModelStreamRecord<Order> change = StreamRecords.typed(ORDERS, raw);
 *             if (change.eventName() == StreamEventName.INSERT) {
 *                 ship(change.newImage().orElseThrow());
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
public final class StreamRecords {
    private StreamRecords() {}

    /**
     * The records of a DynamoDB stream event as JSON text: a Lambda event ({@code {"Records":[...]}}), an array of
     * records, or one record, each in DynamoDB's shape ({@code eventID}, {@code eventName}, {@code dynamodb} with
     * {@code Keys}, {@code NewImage}, {@code OldImage}, {@code SequenceNumber}, {@code SizeBytes},
     * {@code StreamViewType}, {@code ApproximateCreationDateTime} in epoch seconds, and {@code userIdentity}).
     * Members it does not use ({@code eventSource}, {@code awsRegion}, ...) are ignored.
     *
     * @throws IllegalArgumentException when the text is not such JSON, naming the record and member at fault
     */
    public static List<StreamRecord> parse(String eventJson) {
        Objects.requireNonNull(eventJson, "eventJson");
        return StreamEventJson.records(eventJson);
    }

    /**
     * The record with its images read as instances of {@code model}.
     *
     * @throws io.tabletheory.api.error.ModelException when an image's attribute does not fit its field, naming the
     *     field and the attribute
     */
    public static <T> ModelStreamRecord<T> typed(Model<T> model, StreamRecord record) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(record, "record");
        return new ModelStreamRecord<>(
                record,
                record.newImage().map(model::fromItem),
                record.oldImage().map(model::fromItem));
    }
}
