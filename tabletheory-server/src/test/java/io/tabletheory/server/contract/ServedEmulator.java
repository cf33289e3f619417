package io.tabletheory.server.contract;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.server.TableTheoryServer;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One {@link TableTheoryServer} per test JVM (over a new in-memory emulator), started on first use, and the AWS
 * adapter over a real SDK v2 {@link DynamoDbClient} pointed at it: the store every {@code *OverHttpTest} runs the
 * port contract suite on. The contracts create their tables under unique names (the model contracts under fixed
 * names of their own, created and deleted around each test), so the test classes share it as the DynamoDB Local
 * runs share theirs. The client and then the server are closed when the JVM exits.
 */
final class ServedEmulator {
    private ServedEmulator() {}

    /** The AWS adapter over the shared server. */
    static DynamoStore store() {
        return Holder.STORE;
    }

    /**
     * A client for {@code endpoint} as an application would build one: any region, dummy static credentials. It
     * never retries, so a server error or a response the SDK rejects (a wrong CRC32, say) fails the test at once.
     */
    static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(configuration -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    /** Initialised on first use (class initialisation is thread-safe and happens once). */
    private static final class Holder {
        private static final TableTheoryServer SERVER = TableTheoryServer.start();
        private static final DynamoDbClient CLIENT = client(SERVER.endpoint());
        private static final DynamoStore STORE = AwsDynamoStore.create(CLIENT);

        static {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                CLIENT.close();
                                SERVER.close();
                            },
                            "tabletheory-server-shutdown"));
        }
    }
}
