package io.tabletheory.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.TableTheory;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.aws.AwsDynamoStore;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import org.junit.jupiter.api.Test;

/** "Connect": the production line works over the SDK's default client; the in-memory line creates the table. */
class ConnectSnippetsTest {

    @Test
    void production_talksToDynamoDbThroughTheDefaultSdkClient() {
        LocalEndpoint.use();
        TableTheory db = ConnectSnippets.production();

        assertThat(db.store()).isInstanceOf(AwsDynamoStore.class);
        TableDescription users = db.createTable(User.class);
        assertThat(users.tableName()).isEqualTo("users");
        db.model(User.class).create(Samples.user("u1", "ada@example.com"));
        assertThat(db.model(User.class)
                        .where("email", "=", "ada@example.com")
                        .first()
                        .id())
                .isEqualTo("u1");
        db.deleteTable(User.class);
    }

    @Test
    void inMemory_createsTheTableWithItsIndexOnDemandBillingAndTimeToLive() {
        TableTheory db = ConnectSnippets.inMemory();

        assertThat(db.store()).isInstanceOf(InMemoryDynamoStore.class);
        TableDescription users = db.store().describeTable("users");
        assertThat(users.globalSecondaryIndexes())
                .extracting(index -> index.indexName())
                .containsExactly("email-index");
        assertThat(users.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(db.store().describeTimeToLive("users").attributeName()).contains("expiresAt");
    }
}
