package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

class SmokeTest {
    @Test
    void putAndGetThroughTheSdk() {
        try (TableTheoryServer server = TableTheoryServer.start();
                DynamoDbClient client = DynamoDbClient.builder()
                        .endpointOverride(server.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                        .build()) {
            client.createTable(b -> b.tableName("users")
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName("id")
                            .attributeType("S")
                            .build())
                    .keySchema(KeySchemaElement.builder()
                            .attributeName("id")
                            .keyType(KeyType.HASH)
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            client.putItem(b -> b.tableName("users")
                    .item(Map.of(
                            "id", AttributeValue.fromS("u1"),
                            "n", AttributeValue.fromN("1.50"))));
            var item = client.getItem(b -> b.tableName("users").key(Map.of("id", AttributeValue.fromS("u1"))))
                    .item();
            assertThat(item).containsEntry("n", AttributeValue.fromN("1.5"));
            assertThat(client.describeTable(b -> b.tableName("users")).table().itemCount())
                    .isEqualTo(1);
        }
    }
}
