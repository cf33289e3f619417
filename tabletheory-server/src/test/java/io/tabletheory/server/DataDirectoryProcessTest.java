package io.tabletheory.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.server.internal.data.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The command line's exit statuses for a data directory that cannot be used, in real processes. */
class DataDirectoryProcessTest {
    private static final int PORT = 18540;

    @TempDir
    Path workspace;

    @Test
    void aSecondServerOnTheSameDirectory_exitsWith1_namingTheProcessThatHoldsIt() throws Exception {
        Path data = workspace.resolve("data");
        try (KillableServer first = KillableServer.start(
                List.of(),
                List.of("--port", Integer.toString(PORT), "--data", data.toString()),
                workspace.resolve("1.err"))) {
            Path errors = workspace.resolve("2.err");

            int status = KillableServer.run(
                    List.of("--port", Integer.toString(PORT + 1), "--data", data.toString()),
                    errors,
                    Duration.ofSeconds(30));

            assertThat(status).isEqualTo(Main.EXIT_CANNOT_START);
            assertThat(Files.readString(errors))
                    .contains("is in use by another tabletheory-server (process " + first.pid() + " on ");
        }
    }

    @Test
    void aSnapshotThatCannotBeWritten_makesTheServerRefuseWrites_andExitWith3() throws Exception {
        Path data = Files.createDirectories(workspace.resolve("data"));
        Files.writeString(data.resolve("snapshot-0000000002"), "a file where the next snapshot goes");
        try (KillableServer server = KillableServer.start(
                List.of("-D" + DataDirectory.MIN_COMPACTION_BYTES_PROPERTY + "=4096"),
                List.of("--port", Integer.toString(PORT + 2), "--data", data.toString()),
                workspace.resolve("server.err"))) {
            DynamoDbClient client = server.client();
            KillableServer.createTable(client, "items");
            try {
                for (int index = 0; index < 1_000; index++) {
                    String key = "k" + index;
                    client.putItem(put -> put.tableName("items")
                            .item(Map.of(
                                    "pk",
                                    AttributeValue.fromS(key),
                                    "padding",
                                    AttributeValue.fromS("x".repeat(500)))));
                }
            } catch (DynamoDbException refused) {
                assertThat(refused.statusCode()).isEqualTo(400);
                assertThat(refused.getMessage()).contains("cannot write snapshot");
            } catch (software.amazon.awssdk.core.exception.SdkClientException exitedMeanwhile) {
                // the process exited between two writes
            }

            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(Main.EXIT_DATA_FAILED);
            assertThat(server.errors())
                    .contains("cannot write snapshot " + data.resolve("snapshot-0000000002"))
                    .contains("the server accepts no more writes");
        }
    }
}
