package io.tabletheory.examples;

import io.tabletheory.TableTheory;
import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.api.port.StreamStore;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.aws.AwsDynamoStreamStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The runnable demo. With no arguments it runs on the in-memory emulator; with {@code --endpoint URL --region R} it
 * runs the same steps against a local endpoint such as tabletheory-server, or AWS (credentials from the default
 * AWS chain, or placeholder ones that a local endpoint accepts).
 */
public final class Demo {
    private Demo() {}

    /** Runs the walk-through; see the class comment for the arguments. */
    public static void main(String[] args) {
        int status = run(List.of(args), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException invalid) {
            err.println(invalid.getMessage());
            err.println(DemoOptions.USAGE);
            return 2;
        }
        if (options.endpoint().isEmpty()) {
            out.println("TableTheory demo on the in-memory DynamoDB emulator");
            InMemoryDynamoStore emulator = InMemoryDynamoStore.create();
            walk(emulator, emulator, out);
            return 0;
        }
        out.println("TableTheory demo against " + options.endpoint().get() + " (" + options.region() + ")");
        URI endpoint = URI.create(options.endpoint().get());
        Region region = Region.of(options.region());
        AwsCredentialsProviderChain credentials = AwsCredentialsProviderChain.of(
                DefaultCredentialsProvider.builder().build(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        try (DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(endpoint)
                        .region(region)
                        .credentialsProvider(credentials)
                        .build();
                DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
                        .endpointOverride(endpoint)
                        .region(region)
                        .credentialsProvider(credentials)
                        .build()) {
            walk(AwsDynamoStore.create(client), AwsDynamoStreamStore.create(streams), out);
        }
        return 0;
    }

    private static void walk(DynamoStore store, StreamStore streams, PrintStream out) {
        TracingStore traced = new TracingStore(store);
        TableTheory db = TableTheory.builder().store(traced).build();
        Narration narration = new Narration(out, traced);
        new Walkthrough(db, narration).run();
        new TransactionsWalkthrough(db, narration).run();
        new StreamsWalkthrough(db, streams, narration).run();
    }
}
