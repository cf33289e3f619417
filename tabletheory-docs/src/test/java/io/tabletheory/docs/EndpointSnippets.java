package io.tabletheory.docs;

import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.server.TableTheoryServer;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The README's "Local endpoint" from Java: an SDK client for a running server, and a server embedded in a test. */
final class EndpointSnippets {
    private EndpointSnippets() {}

    static TableTheory sdkClient(URI localEndpoint) {
        // tag::endpoint-sdk-client[]
        DynamoDbClient client = DynamoDbClient.builder()
                .endpointOverride(localEndpoint)                 // URI.create("http://localhost:8000")
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        TableTheory db = TableTheory.builder().store(AwsDynamoStore.create(client)).build();
        // end::endpoint-sdk-client[]
        return db;
    }

    /** The embedded-server snippet; returns the tables the SDK client listed while the server ran. */
    static List<String> embedded() {
        List<String> tables;
        // tag::endpoint-embedded[]
        try (TableTheoryServer server = TableTheoryServer.start()) {
            DynamoDbClient client = DynamoDbClient.builder().endpointOverride(server.endpoint()) /* ... */.build();
            // server.store() is the InMemoryDynamoStore behind it, for setting up or inspecting data directly
            // end::endpoint-embedded[]
            TableTheory.builder().store(server.store()).build().createTable(User.class);
            tables = client.listTables().tableNames();
            client.close();
            // tag::endpoint-embedded[]
        }
        // TableTheoryServer.builder().port(8000).store(InMemoryDynamoStore.create(clock)).start() sets the port and the store;
        // TableTheoryServer.builder().dataDirectory(Path.of("data")).durability(Durability.SYNC).start() keeps the data
        // (a server with a data directory serves its own emulator); server.dataDirectoryFailure() completes if it fails.
        // end::endpoint-embedded[]
        return tables;
    }
}
