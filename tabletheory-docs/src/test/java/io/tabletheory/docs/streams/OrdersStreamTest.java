package io.tabletheory.docs.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.tabletheory.Model;
import io.tabletheory.TableTheory;
import io.tabletheory.docs.LocalEndpoint;
import io.tabletheory.docs.Order;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.lambda.LambdaStreamRecords;
import io.tabletheory.lambda.TestContext;
import io.tabletheory.testkit.StreamCapture;
import io.tabletheory.testkit.TableTheoryExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's "Testing a stream handler": writes through TableTheory reach the README's Lambda handler, and a typed
 * handler, through the testkit's stream capture, without polling.
 */
// tag::streams-capture[]
class OrdersStreamTest {
    @RegisterExtension
    final TableTheoryExtension tables = TableTheoryExtension.inMemory().withModels(Order.class);
    // end::streams-capture[]

    private final Context context = TestContext.withRemainingTime(Duration.ofSeconds(30));

    @BeforeAll
    static void configureTheHandlersOwnTableTheory() {
        LocalEndpoint.use(); // OrdersHandler's static LambdaTableTheory reads its region and endpoint at class load
    }

    // tag::streams-capture[]

    @Test
    void aNewOrderIsShipped(TableTheory db, InMemoryDynamoStore store) {
        StreamCapture stream = StreamCapture.start(store, "orders");   // gives the table a stream if it has none
        db.model(Order.class).create(new Order("c1", "o1", "2026-12-01", "OPEN", new BigDecimal("42.50")));

        OrdersHandler handler = new OrdersHandler();                    // the Lambda function, unchanged
        DynamodbEvent event = LambdaStreamRecords.event(stream.streamArn(), stream.drain());
        handler.handleRequest(event, context);

        assertThat(handler.shipped()).extracting(Order::orderId).containsExactly("o1");
    }

    @Test
    void everyChangeArrivesTypedAndInOrder(TableTheory db, InMemoryDynamoStore store) {
        Model<Order> orders = db.model(Order.class);
        StreamCapture stream = StreamCapture.start(store, "orders");
        orders.create(new Order("c1", "o1", "2026-12-01", "OPEN", new BigDecimal("42.50")));
        orders.update(new Order("c1", "o1", null, "PAID", null), "status");

        List<String> seen = new ArrayList<>();
        stream.deliverTo(orders, change -> seen.add(change.eventName() + " " + change.newImage().orElseThrow().status()));

        assertThat(seen).containsExactly("INSERT OPEN", "MODIFY PAID");
    }
}
// end::streams-capture[]
