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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
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
    void restart_withoutSavingASnapshot_keepsTableSettingsChangedOverHttp() {
        String arn;
        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = client(server)) {
            client.createTable(b -> b.tableName("users")
                    .attributeDefinitions(definition("id"))
                    .keySchema(key("id", KeyType.HASH))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
                    .tags(sdkTag("team", "a")));
            client.putItem(b ->
                    b.tableName("users").item(Map.of("id", sdkString("u1"), "email", sdkString("u1@example.com"))));
            client.updateTable(b -> b.tableName("users")
                    .attributeDefinitions(definition("email"))
                    .globalSecondaryIndexUpdates(GlobalSecondaryIndexUpdate.builder()
                            .create(c -> c.indexName("by-email")
                                    .keySchema(key("email", KeyType.HASH))
                                    .projection(p -> p.projectionType(ProjectionType.ALL)))
                            .build()));
            arn = client.describeTable(b -> b.tableName("users")).table().tableArn();
            client.tagResource(b -> b.resourceArn(arn).tags(sdkTag("env", "test")));
            client.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
            client.putItem(b ->
                    b.tableName("users").item(Map.of("id", sdkString("u2"), "email", sdkString("u2@example.com"))));
        }

        try (TableTheoryServer server =
                        TableTheoryServer.builder().dataDirectory(directory).start();
                DynamoDbClient client = client(server)) {
            for (String email : List.of("u1@example.com", "u2@example.com")) {
                assertThat(client.query(b -> b.tableName("users")
                                        .indexName("by-email")
                                        .keyConditionExpression("email = :e")
                                        .expressionAttributeValues(Map.of(":e", sdkString(email))))
                                .count())
                        .isEqualTo(1);
            }
            assertThat(client.listTagsOfResource(b -> b.resourceArn(arn)).tags())
                    .containsExactly(sdkTag("env", "test"));
            assertThat(client.describeTable(b -> b.tableName("users"))
                            .table()
                            .streamSpecification()
                            .streamViewType())
                    .isEqualTo(StreamViewType.NEW_IMAGE);
        }
    }

    @Test
    void writesThroughTheStore_areKept_andADeletedTableStaysDeleted() {
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            createTable(server, "kept");
            createTable(server, "dropped");
            server.store()
                    .putItem(PutItemRequest.builder("kept", Map.of("pk", AttributeValue.ofString("x")))
                            .build());
        }
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(tableNames(server)).containsExactly("dropped", "kept");
            server.store().deleteTable("dropped");
        }

        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(tableNames(server)).containsExactly("kept");
            assertThat(server.store()
                            .getItem(GetItemRequest.builder("kept", Map.of("pk", AttributeValue.ofString("x")))
                                    .build())
                            .item())
                    .isPresent();
        }
    }

    @Test
    void saveSnapshot_writesASnapshotAndDropsTheJournalItReplaces_whileTheServerKeepsServing() throws Exception {
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            createTable(server, "users");
            assertThat(directory.resolve("journal-0000000001.log")).exists();

            server.saveSnapshot();

            assertThat(directory.resolve("snapshot-0000000002").resolve("users.table.json"))
                    .exists();
            assertThat(directory.resolve("snapshot-0000000002").resolve("tabletheory-snapshot.json"))
                    .exists();
            assertThat(directory.resolve("journal-0000000001.log")).doesNotExist();
            createTable(server, "after");
            assertThat(server.store().describeTable("users").tableName()).isEqualTo("users");
            assertThat(server.dataDirectory()).contains(directory.toAbsolutePath());
        }
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(tableNames(server)).containsExactly("after", "users");
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
    void start_withASnapshotOfTheEarlierLayout_loadsItAndMovesItIntoTheNewOne() throws Exception {
        Files.writeString(
                directory.resolve("tabletheory-snapshot.json"),
                "{\"Format\": \"tabletheory-snapshot\", \"Version\": 1}");
        Files.writeString(
                directory.resolve("users.table.json"),
                "{\"Table\": {\"TableName\": \"users\", \"AttributeDefinitions\": [{\"AttributeName\": \"pk\","
                        + " \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"pk\", \"KeyType\":"
                        + " \"HASH\"}]}, \"Items\": [{\"pk\": {\"S\": \"u1\"}}]}");

        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(tableNames(server)).containsExactly("users");
        }

        assertThat(directory.resolve("users.table.json")).doesNotExist();
        assertThat(directory.resolve("tabletheory-snapshot.json")).doesNotExist();
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(server.store()
                            .getItem(GetItemRequest.builder("users", Map.of("pk", AttributeValue.ofString("u1")))
                                    .build())
                            .item())
                    .isPresent();
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
    void close_twice_closesOnce_andChangesAfterCloseAreNotKept() {
        TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start();
        createTable(server, "users");
        server.close();
        server.store().deleteTable("users");

        server.close();

        try (TableTheoryServer restarted =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(tableNames(restarted)).containsExactly("users");
        }
    }

    @Test
    void start_whenAnotherServerHoldsTheDirectory_failsNamingTheProcess() {
        try (TableTheoryServer first =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThatThrownBy(() ->
                            TableTheoryServer.builder().dataDirectory(directory).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the data directory " + directory.toAbsolutePath())
                    .hasMessageContaining("is in use by another tabletheory-server")
                    .hasMessageContaining("two servers must not share one directory");
            assertThat(first.store().listTables(ListTablesRequest.firstPage()).tableNames())
                    .isEmpty();
        }
        TableTheoryServer.builder().dataDirectory(directory).start().close();
    }

    @Test
    void start_whenTheDirectoryCannotBeCreated_failsNamingIt() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");

        assertThatThrownBy(() -> TableTheoryServer.builder()
                        .dataDirectory(file.resolve("data"))
                        .start())
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageStartingWith("cannot create the data directory " + file.resolve("data"));
    }

    @Test
    void start_withAStoreAndADataDirectory_isRefused() {
        assertThatThrownBy(() -> TableTheoryServer.builder()
                        .store(io.tabletheory.inmemory.InMemoryDynamoStore.create())
                        .dataDirectory(directory)
                        .start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not give it a store as well");
    }

    @Test
    void aFailedSave_refusesEveryLaterWrite_withAClearError_andReportsTheFailure() throws Exception {
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            DynamoDbClient client = client(server);
            createTable(server, "users");
            client.putItem(put -> put.tableName("users").item(Map.of("pk", sdkString("kept"))));
            Path blocker = Files.writeString(directory.resolve("snapshot-0000000002"), "in the way");

            assertThatThrownBy(server::saveSnapshot)
                    .isInstanceOf(java.io.UncheckedIOException.class)
                    .hasMessageContaining("cannot write snapshot " + blocker)
                    .hasMessageEndingWith("the server accepts no more writes");
            assertThat(server.dataDirectoryFailure()).succeedsWithin(java.time.Duration.ofSeconds(10));
            assertThatThrownBy(
                            () -> client.putItem(put -> put.tableName("users").item(Map.of("pk", sdkString("lost")))))
                    .isInstanceOf(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class)
                    .hasMessageContaining("cannot write snapshot " + blocker)
                    .satisfies(refused -> assertThat(
                                    ((software.amazon.awssdk.services.dynamodb.model.DynamoDbException) refused)
                                            .statusCode())
                            .isEqualTo(400));
            assertThat(client.getItem(get -> get.tableName("users").key(Map.of("pk", sdkString("kept"))))
                            .hasItem())
                    .as("reads go on")
                    .isTrue();
            Files.delete(blocker);
        } catch (RuntimeException closeReportsTheFailure) {
            assertThat(closeReportsTheFailure).hasMessageContaining("the server accepts no more writes");
        }
        try (TableTheoryServer server =
                TableTheoryServer.builder().dataDirectory(directory).start()) {
            assertThat(server.store()
                            .getItem(GetItemRequest.builder("users", Map.of("pk", AttributeValue.ofString("kept")))
                                    .build())
                            .item())
                    .isPresent();
            assertThat(server.store()
                            .getItem(GetItemRequest.builder("users", Map.of("pk", AttributeValue.ofString("lost")))
                                    .build())
                            .item())
                    .isEmpty();
        }
    }

    private static List<String> tableNames(TableTheoryServer server) {
        return server.store().listTables(ListTablesRequest.firstPage()).tableNames();
    }

    private static void createTable(TableTheoryServer server, String tableName) {
        server.store()
                .createTable(CreateTableRequest.builder(tableName)
                        .partitionKey("pk", ScalarAttributeType.S)
                        .build());
    }

    private static DynamoDbClient client(TableTheoryServer server) {
        return LocalClients.dynamo(server);
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

    private static software.amazon.awssdk.services.dynamodb.model.Tag sdkTag(String key, String value) {
        return software.amazon.awssdk.services.dynamodb.model.Tag.builder()
                .key(key)
                .value(value)
                .build();
    }

    private static software.amazon.awssdk.services.dynamodb.model.AttributeValue sdkString(String value) {
        return software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(value);
    }
}
