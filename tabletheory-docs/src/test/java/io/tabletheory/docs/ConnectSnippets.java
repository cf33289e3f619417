package io.tabletheory.docs;

import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The README's "Connect": TableTheory over the AWS SDK, and over the in-memory store. */
final class ConnectSnippets {
    private ConnectSnippets() {}

    static TableTheory production() {
        // tag::connect-production[]
        // production: one client and one TableTheory per process (in a Lambda, in a static field)
        TableTheory db = TableTheory.builder()
                .store(AwsDynamoStore.create(DynamoDbClient.create()))
                .build();
        // end::connect-production[]
        return db;
    }

    static TableTheory inMemory() {
        // tag::connect-in-memory[]
        // tests and local runs
        TableTheory db = TableTheory.builder().store(InMemoryDynamoStore.create()).build();

        db.createTable(User.class);   // keys, the email-index GSI, on-demand billing, TTL on expiresAt
        // end::connect-in-memory[]
        return db;
    }
}
