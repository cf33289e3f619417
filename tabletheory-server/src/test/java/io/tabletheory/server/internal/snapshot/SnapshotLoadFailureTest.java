package io.tabletheory.server.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotLoadFailureTest {
    private static final String MARKER = "{\"Format\": \"tabletheory-snapshot\", \"Version\": 1}";
    private static final String DEFINITION = "{\"TableName\": \"notes\", \"AttributeDefinitions\": [{\"AttributeName\":"
            + " \"id\", \"AttributeType\": \"S\"}], \"KeySchema\": [{\"AttributeName\": \"id\", \"KeyType\": \"HASH\"}]}";

    @TempDir
    Path directory;

    static Stream<Arguments> malformedTableFiles() {
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("{\"Table\": " + DEFINITION + ", \"Items\": [", "Malformed JSON"),
                Arguments.of("[]", "must be a JSON object"),
                Arguments.of("{\"Items\": []}", "\"Table\" is missing"),
                Arguments.of("{\"Table\": " + DEFINITION + "}", "\"Items\" is missing"),
                Arguments.of("{\"Table\": " + DEFINITION + ", \"items\": []}", "unknown member \"items\""),
                Arguments.of(
                        "{\"Table\": {\"TableName\": \"notes\", \"AttributeDefinitions\": [], \"KeySchema\":"
                                + " [{\"AttributeName\": \"id\", \"KeyType\": \"PRIMARY\"}]}, \"Items\": []}",
                        "Value 'PRIMARY' at 'table.keySchema.1.member.keyType' failed to satisfy constraint"),
                Arguments.of("{\"Table\": " + DEFINITION + ", \"Items\": [{\"id\": {\"S\": 1}}]}", "'Items.0.id.S'"),
                Arguments.of("{\"Table\": " + DEFINITION + ", \"Items\": [\"id\"]}", "item Items.0"),
                Arguments.of(
                        "{\"Table\": " + DEFINITION
                                + ", \"Items\": [{\"id\": {\"S\": \"a\"}}, {\"other\": {\"S\": \"b\"}}]}",
                        "item Items.1: One or more parameter values were invalid: Missing the key id"),
                Arguments.of(
                        "{\"Table\": " + DEFINITION + ", \"TimeToLiveDescription\": {\"TimeToLiveStatus\": \"ON\"},"
                                + " \"Items\": []}",
                        "unknown TimeToLiveStatus \"ON\""),
                Arguments.of(
                        "{\"Table\": " + DEFINITION
                                + ", \"TimeToLiveDescription\": {\"TimeToLiveStatus\": \"ENABLED\"},"
                                + " \"Items\": []}",
                        "\"TimeToLiveDescription.AttributeName\" is missing"));
    }

    @ParameterizedTest
    @MethodSource("malformedTableFiles")
    void load_ofAMalformedTableFile_failsNamingTheFileAndTheProblem(String content, String problem) throws Exception {
        Files.writeString(directory.resolve(SnapshotDirectory.MARKER), MARKER);
        Path file = Files.writeString(directory.resolve("notes.table.json"), content);

        assertThatThrownBy(() -> SnapshotDirectory.at(directory).load(InMemoryDynamoStore.create()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load snapshot file " + file.toAbsolutePath())
                .hasMessageContaining(problem);
        assertThat(file).hasContent(content);
    }

    @Test
    void load_ofAnotherFormatVersion_failsNamingTheMarker() throws Exception {
        Path marker = Files.writeString(
                directory.resolve(SnapshotDirectory.MARKER), "{\"Format\": \"tabletheory-snapshot\", \"Version\": 2}");

        assertThatThrownBy(() -> SnapshotDirectory.at(directory).load(InMemoryDynamoStore.create()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(marker.toAbsolutePath().toString())
                .hasMessageContaining("format version 2 is not supported; this server reads version 1");
    }

    @Test
    void load_ofTableFilesWithoutTheMarker_fails() throws Exception {
        Files.writeString(directory.resolve("notes.table.json"), "{}");

        assertThatThrownBy(() -> SnapshotDirectory.at(directory).load(InMemoryDynamoStore.create()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds table files (notes.table.json) but no tabletheory-snapshot.json marker");
    }

    @Test
    void load_ofTwoFilesOfOneTable_failsNamingBoth() throws Exception {
        Files.writeString(directory.resolve(SnapshotDirectory.MARKER), MARKER);
        String content = "{\"Table\": " + DEFINITION + ", \"Items\": []}";
        Files.writeString(directory.resolve("a.table.json"), content);
        Path second = Files.writeString(directory.resolve("b.table.json"), content);

        assertThatThrownBy(() -> SnapshotDirectory.at(directory).load(InMemoryDynamoStore.create()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load snapshot file " + second.toAbsolutePath())
                .hasMessageContaining("table notes is also in a.table.json");
    }

    @Test
    void load_ofATableTheStoreAlreadyHas_failsNamingTheFile() throws Exception {
        Files.writeString(directory.resolve(SnapshotDirectory.MARKER), MARKER);
        Path file = Files.writeString(
                directory.resolve("notes.table.json"), "{\"Table\": " + DEFINITION + ", \"Items\": []}");
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        store.createTable(CreateTableRequest.builder("notes")
                .partitionKey("id", ScalarAttributeType.S)
                .build());

        assertThatThrownBy(() -> SnapshotDirectory.at(directory).load(store))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot load snapshot file " + file.toAbsolutePath())
                .hasMessageContaining("notes");
    }
}
