package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code --verbose} in a forked server, as {@code java -jar} runs it (slf4j-simple, standard error): one line per
 * request with the operation, the tables, the status, DynamoDB's error type when it failed, and the latency; without
 * it, not one.
 */
class VerboseLogTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String LOGGER = "requests";

    @Test
    void verbose_logsOneLinePerRequest_withOperationTableStatusErrorAndLatency(@TempDir Path directory)
            throws Exception {
        Path errors = directory.resolve("server.err");
        try (ForkedServer server = ForkedServer.start(List.of(), List.of("--port", "0", "--verbose"), errors);
                DynamoDbClient client = server.client()) {
            ForkedServer.createTable(client, "users");
            client.putItem(put -> put.tableName("users").item(Map.of("pk", AttributeValue.fromS("u1"))));
            assertThatThrownBy(() -> client.getItem(
                            get -> get.tableName("missing").key(Map.of("pk", AttributeValue.fromS("u1")))))
                    .isInstanceOf(ResourceNotFoundException.class);
            client.batchWriteItem(batch -> batch.requestItems(Map.of(
                    "users",
                    List.of(WriteRequest.builder()
                            .putRequest(PutRequest.builder()
                                    .item(Map.of("pk", AttributeValue.fromS("u2")))
                                    .build())
                            .build()))));
            client.listTables();
            assertThat(server.stop(BOUND)).isEqualTo(143);
        }

        assertThat(requestLines(errors))
                .satisfiesExactly(
                        line -> assertThat(line).matches(entry("CreateTable table=users status=200")),
                        line -> assertThat(line).matches(entry("PutItem table=users status=200")),
                        line -> assertThat(line)
                                .matches(entry("GetItem table=missing status=400 error=ResourceNotFoundException")),
                        line -> assertThat(line).matches(entry("BatchWriteItem table=users status=200")),
                        line -> assertThat(line).matches(entry("ListTables status=200")));
    }

    @Test
    void withoutVerbose_logsNoRequest(@TempDir Path directory) throws Exception {
        Path errors = directory.resolve("server.err");
        try (ForkedServer server = ForkedServer.start(List.of(), List.of("--port", "0"), errors);
                DynamoDbClient client = server.client()) {
            ForkedServer.createTable(client, "users");
            client.listTables();
            assertThat(server.stop(BOUND)).isEqualTo(143);
        }

        assertThat(requestLines(errors)).isEmpty();
        assertThat(Files.readString(errors)).doesNotContain("status=");
    }

    private static List<String> requestLines(Path errors) throws Exception {
        return Files.readAllLines(errors).stream()
                .filter(line -> line.contains(" " + LOGGER + " - "))
                .collect(Collectors.toList());
    }

    /** A whole line of the runnable jar's format: time of day, level, logger, the request, its latency. */
    private static String entry(String request) {
        return "\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO " + LOGGER + " - " + Pattern.quote(request)
                + " latency=\\d+\\.\\d{3} ms";
    }
}
