package io.tabletheory.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.tabletheory.Model;
import io.tabletheory.ModelStreamRecord;
import io.tabletheory.TableTheory;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Version;
import io.tabletheory.api.error.ModelException;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A Lambda DynamoDB event's records in TableTheory's shape, and typed. */
class LambdaStreamRecordsTest {
    @Table("orders")
    record Order(@PartitionKey String id, Set<String> labels, byte[] receipt, @Version long version) {}

    private final Model<Order> orders =
            TableTheory.builder().store(InMemoryDynamoStore.create()).build().model(Order.class);

    private static DynamodbEvent.DynamodbStreamRecord record(String eventName, StreamRecord change) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID("id-" + eventName);
        record.setEventName(eventName);
        record.setDynamodb(change);
        return record;
    }

    @Test
    void anEventsRecords_becomeTypedRecords() {
        StreamRecord inserted = new StreamRecord()
                .withKeys(Map.of("id", new AttributeValue().withS("o1")))
                .withNewImage(Map.of(
                        "id", new AttributeValue().withS("o1"),
                        "labels", new AttributeValue().withSS("rush", "gift"),
                        "receipt", new AttributeValue().withB(ByteBuffer.wrap(new byte[] {1, 2})),
                        "version", new AttributeValue().withN("0")))
                .withSequenceNumber("100")
                .withSizeBytes(30L)
                .withStreamViewType(
                        com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_IMAGE)
                .withApproximateCreationDateTime(Date.from(Instant.ofEpochSecond(1_733_475_600)));
        StreamRecord expired = new StreamRecord()
                .withKeys(Map.of("id", new AttributeValue().withS("o2")))
                .withSequenceNumber("101");
        DynamodbEvent.DynamodbStreamRecord removal = record("REMOVE", expired);
        removal.setUserIdentity(new Identity().withType("Service").withPrincipalId("dynamodb.amazonaws.com"));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record("INSERT", inserted), removal));

        List<ModelStreamRecord<Order>> records = LambdaStreamRecords.typed(orders, event);

        assertThat(records).hasSize(2);
        ModelStreamRecord<Order> insert = records.get(0);
        assertThat(insert.eventName()).isEqualTo(StreamEventName.INSERT);
        assertThat(insert.newImage()).get().satisfies(order -> {
            assertThat(order.labels()).containsExactlyInAnyOrder("rush", "gift");
            assertThat(order.receipt()).containsExactly(1, 2);
        });
        assertThat(insert.approximateCreationTime()).contains(Instant.ofEpochSecond(1_733_475_600));
        assertThat(insert.record().sizeBytes()).isEqualTo(30);
        assertThat(records.get(1).fromTimeToLive()).isTrue();
        assertThat(records.get(1).newImage()).isEmpty();
    }

    @Test
    void aWrongType_namesTheAttribute_andAMalformedRecordIsRefused() {
        StreamRecord change = new StreamRecord()
                .withKeys(Map.of("id", new AttributeValue().withS("o1")))
                .withNewImage(
                        Map.of("id", new AttributeValue().withS("o1"), "version", new AttributeValue().withS("x")));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record("MODIFY", change)));

        assertThatThrownBy(() -> LambdaStreamRecords.typed(orders, event))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> LambdaStreamRecords.of(record("UPSERT", change)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not INSERT, MODIFY or REMOVE");
        assertThatThrownBy(() -> LambdaStreamRecords.of(record("INSERT", null)))
                .hasMessageContaining("has no dynamodb part");
    }

    @Test
    void recordsBecomeALambdaEvent_thatReadsBackUnchanged() {
        Map<String, io.tabletheory.api.value.AttributeValue> key =
                Map.of("id", io.tabletheory.api.value.AttributeValue.ofString("o1"));
        Map<String, io.tabletheory.api.value.AttributeValue> image = new java.util.LinkedHashMap<>(key);
        image.put("total", io.tabletheory.api.value.AttributeValue.ofNumber("12.50"));
        image.put("receipt", io.tabletheory.api.value.AttributeValue.ofBinary(new byte[] {7, 8}));
        image.put("paid", io.tabletheory.api.value.AttributeValue.ofBoolean(true));
        image.put("note", io.tabletheory.api.value.AttributeValue.ofNull());
        image.put("labels", io.tabletheory.api.value.AttributeValue.ofStringSet(List.of("rush", "gift")));
        image.put("sizes", io.tabletheory.api.value.AttributeValue.ofNumberSet(List.of("1", "2.5")));
        image.put(
                "scans", io.tabletheory.api.value.AttributeValue.ofBinarySet(List.of(new byte[] {1}, new byte[] {2})));
        image.put(
                "address",
                io.tabletheory.api.value.AttributeValue.ofMap(
                        Map.of("city", io.tabletheory.api.value.AttributeValue.ofString("Oslo"))));
        image.put(
                "lines",
                io.tabletheory.api.value.AttributeValue.ofList(List.of(
                        io.tabletheory.api.value.AttributeValue.ofNumber(3),
                        io.tabletheory.api.value.AttributeValue.ofString("x"))));
        io.tabletheory.api.stream.StreamRecord modified = new io.tabletheory.api.stream.StreamRecord(
                "event-1",
                StreamEventName.MODIFY,
                key,
                java.util.Optional.of(image),
                java.util.Optional.of(key),
                "000000000000000000101",
                120,
                java.util.Optional.of("NEW_AND_OLD_IMAGES"),
                java.util.Optional.of(Instant.ofEpochMilli(1_733_475_600_123L)),
                java.util.Optional.empty());
        io.tabletheory.api.stream.StreamRecord expired = new io.tabletheory.api.stream.StreamRecord(
                "event-2",
                StreamEventName.REMOVE,
                key,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                "000000000000000000102",
                10,
                java.util.Optional.of("KEYS_ONLY"),
                java.util.Optional.empty(),
                java.util.Optional.of(new io.tabletheory.api.stream.StreamRecord.UserIdentity(
                        "Service", io.tabletheory.api.stream.StreamRecord.TIME_TO_LIVE_PRINCIPAL)));
        String streamArn = "arn:aws:dynamodb:eu-west-1:123456789012:table/orders/stream/2026-12-06T20:00:00.000";

        DynamodbEvent event = LambdaStreamRecords.event(streamArn, List.of(modified, expired));

        DynamodbEvent.DynamodbStreamRecord first = event.getRecords().get(0);
        assertThat(first.getEventSourceARN()).isEqualTo(streamArn);
        assertThat(first.getAwsRegion()).isEqualTo("eu-west-1");
        assertThat(first.getEventSource()).isEqualTo("aws:dynamodb");
        assertThat(first.getEventName()).isEqualTo("MODIFY");
        assertThat(first.getDynamodb().getNewImage().get("sizes").getNS()).containsExactly("1", "2.5");
        assertThat(event.getRecords().get(1).getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
        assertThat(LambdaStreamRecords.of(event)).containsExactly(modified, expired);
        assertThat(LambdaStreamRecords.of(event).get(1).fromTimeToLive()).isTrue();
    }
}
