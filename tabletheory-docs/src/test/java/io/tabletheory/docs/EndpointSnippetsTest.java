package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.integration.ServedEmulator;
import org.junit.jupiter.api.Test;

/** "Local endpoint" from Java: TableTheory through an SDK client for the server, and a server embedded in a test. */
class EndpointSnippetsTest {

    @Test
    void sdkClient_readsAndWritesThroughTheServer() {
        TableTheory db = EndpointSnippets.sdkClient(ServedEmulator.endpoint());
        TableTheory beside = TableTheory.builder().store(ServedEmulator.store()).build();

        assertThat(db.store()).isInstanceOf(AwsDynamoStore.class);
        db.createTable(Order.class);
        db.model(Order.class).create(Samples.order("o1", "2026-12-01", "OPEN", 5));
        assertThat(beside.model(Order.class).scan()).extracting(Order::orderId).containsExactly("o1");
        db.deleteTable(Order.class);
    }

    @Test
    void embedded_servesTheSdkClientWhileTheTestRuns() {
        assertThat(EndpointSnippets.embedded()).containsExactly("users");
    }
}
