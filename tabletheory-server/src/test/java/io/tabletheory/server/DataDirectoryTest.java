package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

class DataDirectoryTest {
    @TempDir
    Path directory;

    @Test
    void restart_withTheSameDataDirectory_servesTheTablesWrittenOverHttpBefore() {
        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = client(server)) {
            client.createTable(b -> b.tableName("users")
                    .attributeDefinitions(definition("id"), definition("email"))
                    .keySchema(key("id", KeyType.HASH))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                            .indexName("by-email")
                            .keySchema(key("email", KeyType.HASH))
                            .projection(Projection.builder()
                                    .projectionType(ProjectionType.KEYS_ONLY)
                                    .build())
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            client.updateTimeToLive(b -> b.tableName("users")
                    .timeToLiveSpecification(s -> s.attributeName("expiresAt").enabled(true)));
            client.putItem(b -> b.tableName("users")
                    .item(Map.of(
                            "id", sdkString("u1"),
                            "email", sdkString("u1@example.com"),
                            "tags",
                                    software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromSs(
                                            List.of("a", "b")))));
        }

        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = client(server)) {
            assertThat(client.getItem(b -> b.tableName("users").key(Map.of("id", sdkString("u1"))))
                            .item())
                    .containsEntry("email", sdkString("u1@example.com"))
                    .containsKey("tags");
            assertThat(client.query(b -> b.tableName("users")
                                    .indexName("by-email")
                                    .keyConditionExpression("email = :e")
                                    .expressionAttributeValues(Map.of(":e", sdkString("u1@example.com"))))
                            .count())
                    .isEqualTo(1);
            assertThat(client.describeTimeToLive(b -> b.tableName("users"))
                            .timeToLiveDescription()
                            .timeToLiveStatus())
                    .isEqualTo(TimeToLiveStatus.ENABLED);
        }
    }

    @Test
    void close_savesWritesMadeThroughTheStore_andDeletedTablesLoseTheirFile() {
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            createTable(server, "kept");
            createTable(server, "dropped");
            server.store()
                    .putItem(PutItemRequest.builder("kept", Map.of("pk", AttributeValue.ofString("x")))
                            .build());
        }
        assertThat(directory.resolve("dropped.table.json")).exists();

        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            server.store().deleteTable("dropped");
        }

        assertThat(directory.resolve("dropped.table.json")).doesNotExist();
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(server.store().listTables(ListTablesRequest.firstPage()).tableNames())
                    .containsExactly("kept");
            assertThat(server.store()
                            .getItem(GetItemRequest.builder("kept", Map.of("pk", AttributeValue.ofString("x")))
                                    .build())
                            .item())
                    .isPresent();
        }
    }

    @Test
    void saveSnapshot_writesTheTablesWhileTheServerKeepsServing() {
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            createTable(server, "users");

            server.saveSnapshot();

            assertThat(directory.resolve("users.table.json")).exists();
            assertThat(server.store().describeTable("users").tableName()).isEqualTo("users");
            assertThat(server.dataDirectory()).contains(directory.toAbsolutePath());
        }
    }

    @Test
    void saveSnapshot_withoutADataDirectory_fails() {
        try (TableTheoryServer server = TableTheoryServer.start()) {
            assertThat(server.dataDirectory()).isEmpty();
            assertThatThrownBy(server::saveSnapshot)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this server has no data directory");
        }
    }

    @Test
    void start_withAMalformedSnapshotFile_failsNamingTheFileAndKeepsIt() throws Exception {
        Files.writeString(
                directory.resolve("tabletheory-snapshot.json"),
                "{\"Format\": \"tabletheory-snapshot\", \"Version\": 1}");
        Path file = directory.resolve("users.table.json");
        Files.writeString(file, "{\"Table\": {");

        assertThatThrownBy(() ->
                        TableTheoryServer.builder().dataDirectory(directory).start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot load snapshot file " + file.toAbsolutePath() + ": Malformed JSON");

        assertThat(file).hasContent("{\"Table\": {");
    }

    @Test
    void close_twice_savesOnce() {
        TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start();
        createTable(server, "users");
        server.close();
        server.store().deleteTable("users");

        server.close();

        assertThat(directory.resolve("users.table.json")).exists();
    }

    private static void createTable(TableTheoryServer server, String tableName) {
        server.store()
                .createTable(CreateTableRequest.builder(tableName)
                        .partitionKey("pk", ScalarAttributeType.S)
                        .build());
    }

    private static DynamoDbClient client(TableTheoryServer server) {
        return DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static AttributeDefinition definition(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType("S")
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue sdkString(String value) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
    }
}
