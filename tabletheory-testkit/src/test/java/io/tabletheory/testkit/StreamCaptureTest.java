package io.tabletheory.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.Model;
import io.tabletheory.ModelStreamRecord;
import io.tabletheory.TableTheory;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.Ttl;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A table's stream captured in a test and handed to a handler, typed, in order, each record once. */
class StreamCaptureTest {
    @Table("capture-orders")
    record Order(@PartitionKey String id, String status, @Ttl Instant expiresAt) {
        static Order open(String id) {
            return new Order(id, "OPEN", null);
        }
    }

    @RegisterExtension
    final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Order.class);

    @Test
    void aHandlerReceivesTheWritesMadeAfterTheStart_typedAndInOrder(TableTheory db, InMemoryDynamoStore store) {
        Model<Order> orders = db.model(Order.class);
        orders.create(Order.open("before"));
        StreamCapture capture = StreamCapture.start(store, orders);

        orders.create(Order.open("o-1"));
        orders.update(new Order("o-1", "SHIPPED", null), "status");
        orders.delete(new Order("o-1", null, null));
        List<ModelStreamRecord<Order>> received = new ArrayList<>();
        int delivered = capture.deliverTo(orders, received::add);

        assertThat(delivered).isEqualTo(3);
        assertThat(received)
                .extracting(ModelStreamRecord::eventName)
                .containsExactly(StreamEventName.INSERT, StreamEventName.MODIFY, StreamEventName.REMOVE);
        assertThat(received.get(1).oldImage()).get().extracting(Order::status).isEqualTo("OPEN");
        assertThat(received.get(1).newImage()).get().extracting(Order::status).isEqualTo("SHIPPED");
        assertThat(received.get(2).newImage()).isEmpty();
        assertThat(received.get(2).oldImage()).get().extracting(Order::id).isEqualTo("o-1");
        assertThat(capture.drain()).as("each record is delivered once").isEmpty();
    }

    @Test
    void aTableWithoutAStream_getsOneWithBothImages_andOneWithAStreamKeepsIt(InMemoryDynamoStore store) {
        StreamCapture capture = StreamCapture.start(store, "capture-orders");

        assertThat(store.describeTable("capture-orders").streamSpecification())
                .contains(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(capture.streamArn())
                .isEqualTo(
                        store.describeTable("capture-orders").latestStreamArn().orElseThrow());

        store.updateTable(UpdateTableRequest.builder("capture-orders")
                .streamSpecification(StreamSpecification.disabled())
                .build());
        store.updateTable(UpdateTableRequest.builder("capture-orders")
                .streamSpecification(StreamSpecification.enabled(StreamViewType.KEYS_ONLY))
                .build());
        StreamCapture keysOnly = StreamCapture.start(store, "capture-orders");
        store.putItem(io.tabletheory.api.request.PutItemRequest.builder(
                        "capture-orders",
                        Map.of("id", AttributeValue.ofString("k"), "status", AttributeValue.ofString("x")))
                .build());

        List<StreamRecord> records = keysOnly.drain();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.streamViewType()).contains("KEYS_ONLY");
            assertThat(record.keys()).containsOnlyKeys("id");
            assertThat(record.newImage()).isEmpty();
        });
        assertThat(keysOnly.streamArn()).isNotEqualTo(capture.streamArn());
    }

    @Test
    void aFailingHandler_leavesItsRecordPendingForTheNextDelivery(TableTheory db, InMemoryDynamoStore store) {
        Model<Order> orders = db.model(Order.class);
        StreamCapture capture = StreamCapture.start(store, orders);
        orders.create(Order.open("o-1"));
        orders.create(Order.open("o-2"));
        orders.create(Order.open("o-3"));
        List<String> handled = new ArrayList<>();

        assertThatThrownBy(() -> capture.deliverTo(orders, change -> {
                    String id = change.newImage().orElseThrow().id();
                    if (id.equals("o-2")) {
                        throw new IllegalStateException("cannot ship " + id);
                    }
                    handled.add(id);
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot ship o-2");
        int redelivered = capture.deliverTo(
                orders, change -> handled.add(change.newImage().orElseThrow().id()));

        assertThat(redelivered).isEqualTo(2);
        assertThat(handled).containsExactly("o-1", "o-2", "o-3");
    }

    @Test
    void aTimeToLiveDeletion_arrivesAsARemovalByTheService() {
        TestClock clock = TestClock.at(Instant.parse("2026-12-06T08:00:00Z"));
        InMemoryDynamoStore store = InMemoryDynamoStore.create(clock);
        TableTheory db = TableTheory.builder().store(store).clock(clock).build();
        Model<Order> orders = db.model(Order.class);
        db.createTable(Order.class);
        StreamCapture capture = StreamCapture.start(store, orders);
        orders.create(new Order("o-1", "OPEN", clock.instant().plus(Duration.ofHours(1))));

        clock.advance(Duration.ofHours(2));
        store.sweepExpiredItems();

        List<ModelStreamRecord<Order>> received = new ArrayList<>();
        capture.deliverTo(orders, received::add);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).fromTimeToLive()).isFalse();
        assertThat(received.get(1).eventName()).isEqualTo(StreamEventName.REMOVE);
        assertThat(received.get(1).fromTimeToLive()).isTrue();
    }

    @Test
    void aMissingTable_isNamed(InMemoryDynamoStore store) {
        assertThatThrownBy(() -> StreamCapture.start(store, "no-such-table"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("no-such-table");
    }
}
