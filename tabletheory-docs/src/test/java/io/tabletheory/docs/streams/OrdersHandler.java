package io.tabletheory.docs.streams;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import io.tabletheory.ModelStreamRecord;
import io.tabletheory.api.stream.StreamEventName;
import io.tabletheory.docs.Order;
import io.tabletheory.lambda.LambdaStreamRecords;
import io.tabletheory.lambda.LambdaTableTheory;
import java.util.ArrayList;
import java.util.List;

/** The README's stream handler ("Streams"): ships new orders and archives the ones time to live deleted. */
// tag::streams-handler[]
public class OrdersHandler implements RequestHandler<DynamodbEvent, Void> {       // aws-lambda-java-events
    static final LambdaTableTheory DB = LambdaTableTheory.init(Order.class);

    public Void handleRequest(DynamodbEvent event, Context context) {
        for (ModelStreamRecord<Order> change : LambdaStreamRecords.typed(DB.tableTheory().model(Order.class), event)) {
            if (change.eventName() == StreamEventName.INSERT) ship(change.newImage().orElseThrow());
            if (change.fromTimeToLive()) archive(change.oldImage().orElseThrow());     // deleted by TTL
        }
        return null;
    }
    // end::streams-handler[]

    private final List<Order> shipped = new ArrayList<>();
    private final List<Order> archived = new ArrayList<>();

    void ship(Order order) {
        shipped.add(order);
    }

    void archive(Order order) {
        archived.add(order);
    }

    List<Order> shipped() {
        return List.copyOf(shipped);
    }

    List<Order> archived() {
        return List.copyOf(archived);
    }
    // tag::streams-handler[]
}
// end::streams-handler[]
