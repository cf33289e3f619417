package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ScanRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.IndexStatus;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.UpdateTableRequest;
import io.tabletheory.api.value.AttributeValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The emulator's own choices for UpdateTable, beyond the port contract: the deterministic CREATING-until-described
 * transition of a new global index, what its backfill leaves out, and the clock that dates tables and streams.
 */
class InMemoryDynamoStoreUpdateTableTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30.123Z");

    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create(Clock.fixed(NOW, ZoneOffset.UTC));

    private void createTable(String name) {
        dynamo.createTable(CreateTableRequest.builder(name)
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder(table, item).build());
    }

    private static UpdateTableRequest createGroupIndex(String table, ScalarAttributeType type) {
        return UpdateTableRequest.builder(table)
                .attribute("group", type)
                .createGlobalSecondaryIndex(new SecondaryIndex(
                        "by-group", List.of(new KeySchemaElement("group", KeyType.HASH)), Projection.all()))
                .build();
    }

    @Test
    void newIndex_isCreatingAndUnreadableUntilTheTableIsDescribed_thenActive() {
        createTable("backfill");
        put("backfill", item("pk", s("a"), "group", s("g")));

        TableDescription updating = dynamo.updateTable(createGroupIndex("backfill", ScalarAttributeType.S));

        assertThat(updating.tableStatus()).isEqualTo(TableStatus.UPDATING);
        assertThat(updating.indexDescription("by-group").orElseThrow().backfilling())
                .isTrue();
        assertThatThrownBy(() -> dynamo.scan(
                        ScanRequest.builder("backfill").indexName("by-group").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Cannot read from backfilling global secondary index: by-group");
        assertThatThrownBy(() -> dynamo.updateTable(UpdateTableRequest.builder("backfill")
                        .deleteGlobalSecondaryIndex("by-group")
                        .build()))
                .isInstanceOf(BackendException.class)
                .hasMessage("Subscriber limit exceeded: Only 1 online index can be created or deleted"
                        + " simultaneously per table");

        TableDescription described = dynamo.describeTable("backfill");

        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.indexDescription("by-group").orElseThrow().indexStatus())
                .isEqualTo(IndexStatus.ACTIVE);
        assertThat(dynamo.scan(ScanRequest.builder("backfill")
                                .indexName("by-group")
                                .build())
                        .items())
                .hasSize(1);
    }

    @Test
    void backfill_leavesOutItemsWhoseIndexKeyHasAnotherTypeOrIsEmpty_andLaterWritesAreChecked() {
        createTable("mixed");
        put("mixed", item("pk", s("a"), "group", s("text")));
        put("mixed", item("pk", s("b"), "group", AttributeValue.ofNumber("7")));
        put("mixed", item("pk", s("c"), "group", s("")));

        dynamo.updateTable(createGroupIndex("mixed", ScalarAttributeType.N));
        TableDescription described = dynamo.describeTable("mixed");

        assertThat(described.indexDescription("by-group").orElseThrow().itemCount())
                .isEqualTo(1);
        assertThatThrownBy(() -> put("mixed", item("pk", s("d"), "group", s("text"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Type mismatch for Index Key group Expected: N Actual: S IndexName: by-group");
    }

    @Test
    void creationTimeAndStreamLabel_comeFromTheEmulatorsClock() {
        createTable("dated");

        dynamo.updateTable(UpdateTableRequest.builder("dated")
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_IMAGE))
                .build());
        TableDescription described = dynamo.describeTable("dated");

        assertThat(described.creationDateTime()).contains(NOW);
        assertThat(described.latestStreamLabel()).contains("2026-12-06T10:15:30.123");
        assertThat(described.latestStreamArn())
                .contains("arn:aws:dynamodb:us-east-1:123456789012:table/dated/stream/2026-12-06T10:15:30.123");
    }

    @Test
    void enablingAStreamWithoutAViewType_failsWithValidation() {
        createTable("no-view");

        assertThatThrownBy(() -> dynamo.updateTable(UpdateTableRequest.builder("no-view")
                        .streamSpecification(new StreamSpecification(true, Optional.empty()))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: If stream is being enabled then"
                        + " UpdateViewType is required");
    }
}
