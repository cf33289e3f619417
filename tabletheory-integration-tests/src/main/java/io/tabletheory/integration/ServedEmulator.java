package io.tabletheory.integration;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.aws.AwsDynamoStreamStore;
import io.tabletheory.server.TableTheoryServer;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The one place tests start a DynamoDB endpoint: one {@link TableTheoryServer} per test JVM (over a new in-memory
 * emulator, on a free local port), started on first use, a real SDK v2 {@link DynamoDbClient} for it, and the AWS
 * adapter over that client. The port contract runs ({@code *OverHttpTest}), the adapter's own tests, the
 * differential test, the Guice AWS wiring test and the demo's {@code --endpoint} test all use it. Tests keep out of
 * each other's way by creating their tables under unique names (the model contracts under fixed names of their own,
 * created and deleted around each test). The client and then the server are closed when the JVM exits.
 */
public final class ServedEmulator {
    private ServedEmulator() {}

    /** The shared server's endpoint, {@code http://127.0.0.1:<port>}. */
    public static URI endpoint() {
        return Holder.SERVER.endpoint();
    }

    /** The shared client for the shared server (do not close it). */
    public static DynamoDbClient client() {
        return Holder.CLIENT;
    }

    /** The AWS adapter over the shared client. */
    public static DynamoStore store() {
        return Holder.STORE;
    }

    /** The AWS stream adapter over a DynamoDB Streams client for the shared server. */
    public static StreamStore streams() {
        return Holder.STREAMS;
    }

    /**
     * A new client for {@code endpoint} as an application would build one: any region, dummy static credentials. It
     * never retries, so a server error or a response the SDK rejects (a wrong CRC32, say) fails the test at once.
     * The caller closes it.
     */
    public static DynamoDbClient client(URI endpoint) {
        return local(DynamoDbClient.builder(), endpoint).build();
    }

    /** A client builder for {@code endpoint}: region eu-west-1, dummy static credentials, no retries. */
    private static <B extends AwsClientBuilder<B, ?>> B local(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    /** Initialised on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        private static final TableTheoryServer SERVER = TableTheoryServer.start();
        private static final DynamoDbClient CLIENT = client(SERVER.endpoint());
        private static final DynamoStore STORE = AwsDynamoStore.create(CLIENT);
        private static final DynamoDbStreamsClient STREAMS_CLIENT =
                local(DynamoDbStreamsClient.builder(), SERVER.endpoint()).build();
        private static final StreamStore STREAMS = AwsDynamoStreamStore.create(STREAMS_CLIENT);

        static {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                CLIENT.close();
                                STREAMS_CLIENT.close();
                                SERVER.close();
                            },
                            "tabletheory-server-shutdown"));
        }
    }
}
