package io.tabletheory.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import io.tabletheory.Model;
import io.tabletheory.ModelStreamRecord;
import io.tabletheory.StreamRecords;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.lambda.internal.stream.LambdaEventValues;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of a Lambda {@link DynamodbEvent} (from {@code com.amazonaws:aws-lambda-java-events}, which a stream
 * handler declares itself) as TableTheory's {@link StreamRecord}s, and as typed records whose images are model
 * instances.
 *
 * <pre>{@code
 * public class OrdersHandler implements RequestHandler<DynamodbEvent, Void> {
 *     static final LambdaTableTheory DB = LambdaTableTheory.init(Order.class);
 *
 *     public Void handleRequest(DynamodbEvent event, Context context) {
 *         for (ModelStreamRecord<Order> change : LambdaStreamRecords.typed(DB.model(Order.class), event)) {
 *             if (change.eventName() == StreamEventName.INSERT) { ship(change.newImage().orElseThrow()); }
 *         }
 *         return null;
 *     }
 * }
 * }</pre>
 */
public final class LambdaStreamRecords {
    private LambdaStreamRecords() {}

    /** The event's records, in order. */
    public static List<StreamRecord> of(DynamodbEvent event) {
        Objects.requireNonNull(event, "event");
        List<StreamRecord> records = new ArrayList<>();
        for (DynamodbEvent.DynamodbStreamRecord record :
                Optional.ofNullable(event.getRecords()).orElse(List.of())) {
            records.add(of(record));
        }
        return List.copyOf(records);
    }

    /**
     * The event's records with their images read as instances of {@code model}.
     *
     * @throws io.tabletheory.api.error.ModelException when an image's attribute does not fit its field
     */
    public static <T> List<ModelStreamRecord<T>> typed(Model<T> model, DynamodbEvent event) {
        return of(event).stream()
                .map(record -> StreamRecords.typed(model, record))
                .toList();
    }

    /**
     * A Lambda event carrying {@code records}, as the Lambda service would hand them to a stream handler from the
     * stream {@code streamArn}: for testing a {@code RequestHandler<DynamodbEvent, ?>} end to end with records the
     * emulator wrote (the testkit's {@code StreamCapture.drain()}). {@link #of(DynamodbEvent)} reads it back unchanged.
     */
    public static DynamodbEvent event(String streamArn, List<StreamRecord> records) {
        Objects.requireNonNull(streamArn, "streamArn");
        List<DynamodbEvent.DynamodbStreamRecord> converted = new ArrayList<>();
        for (StreamRecord record : Objects.requireNonNull(records, "records")) {
            converted.add(lambdaRecord(streamArn, record));
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(converted);
        return event;
    }

    private static DynamodbEvent.DynamodbStreamRecord lambdaRecord(String streamArn, StreamRecord record) {
        var change = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord()
                .withKeys(LambdaEventValues.item(record.keys()))
                .withSequenceNumber(record.sequenceNumber())
                .withSizeBytes(record.sizeBytes());
        record.newImage().ifPresent(image -> change.setNewImage(LambdaEventValues.item(image)));
        record.oldImage().ifPresent(image -> change.setOldImage(LambdaEventValues.item(image)));
        record.streamViewType()
                .ifPresent(viewType -> change.setStreamViewType(
                        com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.fromValue(
                                viewType)));
        record.approximateCreationTime().ifPresent(time -> change.setApproximateCreationDateTime(Date.from(time)));
        DynamodbEvent.DynamodbStreamRecord lambdaRecord = new DynamodbEvent.DynamodbStreamRecord();
        lambdaRecord.setEventSourceARN(streamArn);
        lambdaRecord.setEventID(record.eventId());
        lambdaRecord.setEventName(record.eventName().name());
        lambdaRecord.setEventVersion("1.1");
        lambdaRecord.setEventSource("aws:dynamodb");
        lambdaRecord.setAwsRegion(region(streamArn));
        lambdaRecord.setDynamodb(change);
        record.userIdentity()
                .ifPresent(identity -> lambdaRecord.setUserIdentity(
                        new Identity().withType(identity.type()).withPrincipalId(identity.principalId())));
        return lambdaRecord;
    }

    /** The region an ARN names ({@code arn:aws:dynamodb:REGION:...}), or none when it is not an ARN. */
    private static String region(String arn) {
        String[] parts = arn.split(":", 5);
        return parts.length == 5 ? parts[3] : null;
    }

    /**
     * One record of the event.
     *
     * @throws IllegalArgumentException when it has no event name (or one other than INSERT, MODIFY, REMOVE) or no
     *     {@code dynamodb} part
     */
    public static StreamRecord of(DynamodbEvent.DynamodbStreamRecord record) {
        Objects.requireNonNull(record, "record");
        StreamEventName name = StreamEventName.named(record.getEventName())
                .orElseThrow(() -> new IllegalArgumentException("stream record " + record.getEventID()
                        + " has the event name " + record.getEventName() + ", not INSERT, MODIFY or REMOVE"));
        var change = record.getDynamodb();
        if (change == null) {
            throw new IllegalArgumentException("stream record " + record.getEventID() + " has no dynamodb part");
        }
        Identity identity = record.getUserIdentity();
        return new StreamRecord(
                Optional.ofNullable(record.getEventID()).orElse(""),
                name,
                item(change.getKeys()),
                Optional.ofNullable(change.getNewImage()).map(LambdaStreamRecords::item),
                Optional.ofNullable(change.getOldImage()).map(LambdaStreamRecords::item),
                Optional.ofNullable(change.getSequenceNumber()).orElse(""),
                Optional.ofNullable(change.getSizeBytes()).orElse(0L),
                Optional.ofNullable(change.getStreamViewType()),
                Optional.ofNullable(change.getApproximateCreationDateTime()).map(java.util.Date::toInstant),
                identity == null
                        ? Optional.empty()
                        : Optional.of(new StreamRecord.UserIdentity(
                                String.valueOf(identity.getType()), String.valueOf(identity.getPrincipalId()))));
    }

    private static Map<String, AttributeValue> item(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> item) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        if (item != null) {
            item.forEach((name, value) -> converted.put(name, value(value, name)));
        }
        return converted;
    }

    /** The events library's value (a bean with one member set) as TableTheory's. */
    private static AttributeValue value(
            com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value, String where) {
        if (value == null) {
            throw new IllegalArgumentException("stream record attribute " + where + " is null");
        }
        if (value.getS() != null) {
            return AttributeValue.ofString(value.getS());
        }
        if (value.getN() != null) {
            return AttributeValue.ofNumber(value.getN());
        }
        if (value.getB() != null) {
            return AttributeValue.ofBinary(bytes(value.getB()));
        }
        if (value.getBOOL() != null) {
            return AttributeValue.ofBoolean(value.getBOOL());
        }
        if (Boolean.TRUE.equals(value.getNULL())) {
            return AttributeValue.ofNull();
        }
        if (value.getSS() != null) {
            return AttributeValue.ofStringSet(value.getSS());
        }
        if (value.getNS() != null) {
            return AttributeValue.ofNumberSet(value.getNS());
        }
        if (value.getBS() != null) {
            return AttributeValue.ofBinarySet(
                    value.getBS().stream().map(LambdaStreamRecords::bytes).toList());
        }
        if (value.getM() != null) {
            Map<String, AttributeValue> map = new LinkedHashMap<>();
            value.getM().forEach((name, member) -> map.put(name, value(member, where + "." + name)));
            return AttributeValue.ofMap(map);
        }
        if (value.getL() != null) {
            List<AttributeValue> list = new ArrayList<>();
            for (int index = 0; index < value.getL().size(); index++) {
                list.add(value(value.getL().get(index), where + "[" + index + "]"));
            }
            return AttributeValue.ofList(list);
        }
        throw new IllegalArgumentException("stream record attribute " + where + " has no value set");
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
