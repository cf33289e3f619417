package io.tabletheory.lambda.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.TableTheory;
import io.tabletheory.lambda.LambdaTableTheory;
import io.tabletheory.lambda.Note;
import io.tabletheory.lambda.TestContext;
import io.tabletheory.server.TableTheoryServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The SnapStart hooks, called directly as the Lambda runtime would around a snapshot. */
class SnapStartResourceTest {
    @Test
    void beforeCheckpoint_primesTheRequestPath_withoutConnectingToTheEndpoint() throws Exception {
        try (ServerSocket endpoint = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> environment =
                    LambdaClientsOverHttpTest.environment(URI.create("http://127.0.0.1:" + endpoint.getLocalPort()));
            LambdaTableTheory db = LambdaTableTheory.builder()
                    .environment(environment::get)
                    .snapStart(false)
                    .models(Note.class)
                    .build();
            AwsBackend backend = (AwsBackend) ((DefaultLambdaTableTheory) db).backend();

            db.snapStartResource().beforeCheckpoint(null);

            assertThat(backend.primedRequests())
                    .as("requests answered in process")
                    .isGreaterThanOrEqualTo(4);
            endpoint.setSoTimeout(200);
            boolean connected;
            try {
                endpoint.accept().close();
                connected = true;
            } catch (SocketTimeoutException none) {
                connected = false;
            }
            assertThat(connected).as("a connection reached the endpoint").isFalse();
        }
    }

    @Test
    void afterRestore_buildsANewClient_thatStillServesRequests() throws Exception {
        try (TableTheoryServer server = TableTheoryServer.start()) {
            Map<String, String> environment = LambdaClientsOverHttpTest.environment(server.endpoint());
            LambdaTableTheory db = LambdaTableTheory.builder()
                    .environment(environment::get)
                    .snapStart(false)
                    .models(Note.class)
                    .build();
            db.tableTheory().createTable(Note.class);
            AwsBackend backend = (AwsBackend) ((DefaultLambdaTableTheory) db).backend();
            DynamoDbClient before = backend.client();
            db.snapStartResource().beforeCheckpoint(null);

            db.snapStartResource().afterRestore(null);

            assertThat(backend.client()).isNotSameAs(before);
            TableTheory invocation = db.withLambdaTimeout(TestContext.withRemainingTime(Duration.ofSeconds(30)));
            Note created = invocation.model(Note.class).create(new Note("n1", "restored", 0));
            assertThat(invocation.model(Note.class).where("id", "=", "n1").first())
                    .isEqualTo(created);
        }
    }

    @Test
    void beforeCheckpoint_onAnInMemoryStore_primesNothingAndChangesNoData() throws IOException {
        io.tabletheory.inmemory.InMemoryDynamoStore store = io.tabletheory.inmemory.InMemoryDynamoStore.create();
        LambdaTableTheory db = LambdaTableTheory.builder()
                .environment(Map.of("NOTES_TABLE", "notes")::get)
                .store(store)
                .snapStart(false)
                .models(Note.class)
                .build();

        try {
            db.snapStartResource().beforeCheckpoint(null);
            db.snapStartResource().afterRestore(null);
        } catch (Exception e) {
            throw new IOException(e);
        }

        assertThat(store.listTables(new io.tabletheory.api.table.ListTablesRequest(
                                java.util.Optional.empty(), java.util.OptionalInt.empty()))
                        .tableNames())
                .isEmpty();
    }
}
