package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.tabletheory.TableTheory;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.guice.InMemoryStoreModule;
import io.tabletheory.guice.TableTheoryModule;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The README's two injectors ("Guice"): production on the AWS SDK, tests on the in-memory store. */
class GuiceInjectorsTest {

    @Test
    void productionInjector_givesTableTheoryOverTheAwsSdk() {
        // built, never called: nothing listens there
        try (DynamoDbClient dynamoDbClient = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            TableTheory db = ProductionInjector.tableTheory(dynamoDbClient);

            assertThat(db.store()).isInstanceOf(AwsDynamoStore.class);
        }
    }

    @Test
    void testInjector_givesTableTheoryOnTheInMemoryStore() {
        // tag::guice-tests[]
        // tests: the only difference
        Injector injector = Guice.createInjector(new TableTheoryModule(), new InMemoryStoreModule());
        // end::guice-tests[]
        TableTheory db = injector.getInstance(TableTheory.class);

        db.createTable(User.class);
        new UserService(db).signUp("u1", "ada@example.com");

        assertThat(db.store()).isInstanceOf(InMemoryDynamoStore.class);
        assertThat(db.model(User.class).where("email", "=", "ada@example.com").first().id())
                .isEqualTo("u1");
    }
}
