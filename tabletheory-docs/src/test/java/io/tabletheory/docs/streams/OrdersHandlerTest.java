package io.tabletheory.docs.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.tabletheory.docs.LocalEndpoint;
import io.tabletheory.docs.Order;
import io.tabletheory.lambda.TestContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Streams": the handler ships inserted orders and archives those time to live deleted, as typed models. */
class OrdersHandlerTest {

    @BeforeAll
    static void useTheLocalEndpoint() {
        LocalEndpoint.use();
    }

    private static Map<String, AttributeValue> image(String orderId, String status) {
        return Map.of(
                "customerId", new AttributeValue().withS("c1"),
                "orderId", new AttributeValue().withS(orderId),
                "placedOn", new AttributeValue().withS("2026-12-01"),
                "status", new AttributeValue().withS(status),
                "total", new AttributeValue().withN("42.5"));
    }

    private static DynamodbEvent.DynamodbStreamRecord record(String eventName, StreamRecord change) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID(eventName + "-" + change.getSequenceNumber());
        record.setEventName(eventName);
        record.setDynamodb(change);
        return record;
    }

    @Test
    void handler_shipsInsertedOrders_andArchivesExpiredOnes() {
        DynamodbEvent.DynamodbStreamRecord inserted = record(
                "INSERT", new StreamRecord().withNewImage(image("o1", "OPEN")).withSequenceNumber("1"));
        DynamodbEvent.DynamodbStreamRecord expired = record(
                "REMOVE", new StreamRecord().withOldImage(image("o0", "PAID")).withSequenceNumber("2"));
        expired.setUserIdentity(new Identity().withType("Service").withPrincipalId("dynamodb.amazonaws.com"));
        DynamodbEvent.DynamodbStreamRecord deletedByAUser = record(
                "REMOVE", new StreamRecord().withOldImage(image("o9", "VOID")).withSequenceNumber("3"));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(inserted, expired, deletedByAUser));
        OrdersHandler handler = new OrdersHandler();

        handler.handleRequest(event, TestContext.withRemainingTime(Duration.ofSeconds(30)));

        assertThat(handler.shipped()).extracting(Order::orderId).containsExactly("o1");
        assertThat(handler.archived()).extracting(Order::orderId).containsExactly("o0");
    }
}
