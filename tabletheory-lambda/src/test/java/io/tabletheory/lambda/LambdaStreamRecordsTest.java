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
}
