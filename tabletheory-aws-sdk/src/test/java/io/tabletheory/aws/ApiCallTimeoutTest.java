package io.tabletheory.aws;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.value.AttributeValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link AwsDynamoStore#withApiCallTimeout}: every SDK call carries the timeout, so a silent endpoint cannot hang it. */
class ApiCallTimeoutTest {
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket silent;
    private DynamoDbClient client;

    @BeforeEach
    void startASilentEndpoint() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    try {
                        while (true) {
                            accepted.add(silent.accept()); // accepts, reads nothing, never answers
                        }
                    } catch (IOException closed) {
                        // the test is over
                    }
                },
                "silent-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
        client = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void withApiCallTimeout_whenTheEndpointNeverAnswers_failsOnceTheTimeoutIsSpent() {
        AwsDynamoStore store = AwsDynamoStore.create(client).withApiCallTimeout(Duration.ofMillis(300));
        GetItemRequest get = GetItemRequest.builder("users", Map.of("id", AttributeValue.ofString("u1")))
                .build();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> store.getItem(get))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("300"));
    }

    @Test
    void withApiCallTimeout_refusesZeroAndNegativeTimeouts() {
        AwsDynamoStore store = AwsDynamoStore.create(client);

        assertThatThrownBy(() -> store.withApiCallTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> store.withApiCallTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
