package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.BackendException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.GlobalSecondaryIndexUpdate;
import io.tabletheory.api.table.IndexStatus;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.StreamSpecification;
import io.tabletheory.api.table.StreamViewType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.UpdateTableRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * UpdateTable: billing mode and provisioned throughput with DynamoDB's no-op and validation rules, global secondary
 * indexes created on a populated table (CREATING and backfilling, then ACTIVE and queryable) and deleted, and stream
 * settings. Messages are DynamoDB's where the documentation or the conformance suite pins them.
 */
public abstract class UpdateTableContract extends PortContract {
    private static final String GROUP = "group";

    private String createProvisionedTable(String purpose, long read, long write) {
        String name = uniqueTableName(purpose);
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .provisionedThroughput(new ProvisionedThroughput(read, write))
                .build());
        awaitActive(name);
        return name;
    }

    private static SecondaryIndex groupIndex(String indexName) {
        return new SecondaryIndex(indexName, List.of(new KeySchemaElement(GROUP, KeyType.HASH)), Projection.all());
    }

    @Test
    void updateTable_newThroughput_isDescribedOnceTheTableIsActive() {
        String table = createProvisionedTable("ut-throughput", 5, 5);

        store().updateTable(UpdateTableRequest.builder(table)
                .provisionedThroughput(new ProvisionedThroughput(20, 15))
                .build());

        TableDescription described = awaitActive(table);
        assertThat(described.provisionedThroughput()).contains(new ProvisionedThroughput(20, 15));
        assertThat(described.billingMode()).isEqualTo(BillingMode.PROVISIONED);
    }

    @Test
    void updateTable_theCurrentThroughputAgain_failsWithValidation() {
        String table = createProvisionedTable("ut-same", 5, 4);

        assertValidationError(
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .billingMode(BillingMode.PROVISIONED)
                        .provisionedThroughput(new ProvisionedThroughput(5, 4))
                        .build()),
                "The provisioned throughput for the table will not change. The requested value equals the current"
                        + " value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits:"
                        + " 5. Current WriteCapacityUnits provisioned for the table: 4. Requested WriteCapacityUnits:"
                        + " 4. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request"
                        + " higher limits.");
    }

    @Test
    void updateTable_payPerRequestWithThroughput_failsWithValidation() {
        String table = createProvisionedTable("ut-ppr-throughput", 5, 5);

        assertValidationError(
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .provisionedThroughput(new ProvisionedThroughput(5, 5))
                        .build()),
                "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be"
                        + " specified when BillingMode is PAY_PER_REQUEST");
    }

    @Test
    void updateTable_switchesBillingModeBothWays() {
        String table = createProvisionedTable("ut-billing", 5, 5);

        store().updateTable(UpdateTableRequest.builder(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build());
        TableDescription onDemand = awaitActive(table);
        store().updateTable(UpdateTableRequest.builder(table)
                .billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(new ProvisionedThroughput(3, 2))
                .build());
        TableDescription provisioned = awaitActive(table);

        assertThat(onDemand.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(onDemand.provisionedThroughput()).isEmpty();
        assertThat(provisioned.billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(provisioned.provisionedThroughput()).contains(new ProvisionedThroughput(3, 2));
    }

    @Test
    void updateTable_ofAMissingTable_failsWithResourceNotFound() {
        String table = uniqueTableName("ut-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .provisionedThroughput(new ProvisionedThroughput(10, 10))
                        .build()),
                "Requested resource not found: Table: " + table + " not found");
    }

    @Test
    void updateTable_zeroThroughput_failsWithTheConstraintViolation() {
        String table = createProvisionedTable("ut-zero", 5, 5);

        assertValidationError(
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .provisionedThroughput(new ProvisionedThroughput(0, 5))
                        .build()),
                "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy"
                        + " constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void updateTable_createsAGlobalIndexOnAPopulatedTable_backfilledThenActiveAndQueryable() {
        String table = createHashTable("ut-gsi-create");
        put(table, item(PK, s("a"), GROUP, s("g1")));
        put(table, item(PK, s("b"), GROUP, s("g1")));
        put(table, item(PK, s("c"), GROUP, s("g2")));
        put(table, item(PK, s("d")));

        TableDescription updating = store().updateTable(UpdateTableRequest.builder(table)
                .attribute(GROUP, ScalarAttributeType.S)
                .createGlobalSecondaryIndex(groupIndex("by-group"))
                .build());

        assertThat(updating.tableStatus()).isEqualTo(TableStatus.UPDATING);
        assertThat(updating.indexDescription("by-group").orElseThrow().indexStatus())
                .isEqualTo(IndexStatus.CREATING);
        TableDescription active = awaitIndexesActive(table);
        assertThat(active.globalSecondaryIndexes()).containsExactly(groupIndex("by-group"));
        assertThat(active.attributeDefinitions()).contains(new AttributeDefinition(GROUP, ScalarAttributeType.S));
        assertThat(active.indexDescription("by-group").orElseThrow().indexStatus())
                .isEqualTo(IndexStatus.ACTIVE);
        assertThat(store().query(QueryRequest.builder(table)
                                .indexName("by-group")
                                .keyConditionExpression("#g = :g")
                                .expressionAttributeNames(Map.of("#g", GROUP))
                                .expressionAttributeValues(Map.of(":g", s("g1")))
                                .build())
                        .items())
                .extracting(item -> item.get(PK))
                .containsExactlyInAnyOrder(s("a"), s("b"));
    }

    @Test
    void updateTable_creatingAnIndexOnAnUndefinedAttribute_failsWithValidation() {
        String table = createHashTable("ut-gsi-undefined");

        assertValidationError(
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .createGlobalSecondaryIndex(groupIndex("by-group"))
                        .build()),
                "One or more parameter values were invalid: Some index key attributes are not defined in"
                        + " AttributeDefinitions. Keys: [group], AttributeDefinitions: []");
    }

    @Test
    void updateTable_creatingTwoIndexesAtOnce_failsWithLimitExceeded() {
        String table = createHashTable("ut-gsi-two");

        BackendException refused = assertError(
                BackendException.class,
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .attribute(GROUP, ScalarAttributeType.S)
                        .createGlobalSecondaryIndex(groupIndex("first"))
                        .createGlobalSecondaryIndex(groupIndex("second"))
                        .build()),
                "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        assertThat(refused.errorCode()).isEqualTo("LimitExceededException");
    }

    @Test
    void updateTable_deletesAGlobalIndex_andDeletingAMissingOneFailsWithResourceNotFound() {
        String table = uniqueTableName("ut-gsi-delete");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .globalSecondaryIndex("by-group", GROUP, ScalarAttributeType.S, Projection.all())
                .build());
        awaitActive(table);

        store().updateTable(UpdateTableRequest.builder(table)
                .deleteGlobalSecondaryIndex("by-group")
                .build());

        TableDescription after = awaitIndexesGone(table);
        assertThat(after.globalSecondaryIndexes()).isEmpty();
        put(table, item(PK, s("after"), GROUP, s("g")));
        assertThat(get(table, item(PK, s("after")))).isPresent();
        assertThatThrownBy(() -> store().updateTable(UpdateTableRequest.builder(table)
                        .globalSecondaryIndexUpdate(new GlobalSecondaryIndexUpdate.Delete("by-group"))
                        .build()))
                .isExactlyInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void updateTable_enablesAStream_refusesToEnableItAgain_andDisablesIt() {
        String table = createHashTable("ut-stream");

        store().updateTable(UpdateTableRequest.builder(table)
                .streamSpecification(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES))
                .build());
        TableDescription enabled = awaitActive(table);

        assertThat(enabled.streamSpecification())
                .contains(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES));
        assertThat(enabled.latestStreamLabel()).isPresent();
        assertThat(enabled.latestStreamArn().orElseThrow())
                .startsWith(enabled.tableArn().orElseThrow() + "/stream/");
        assertValidationError(
                () -> store().updateTable(UpdateTableRequest.builder(table)
                        .streamSpecification(StreamSpecification.enabled(StreamViewType.KEYS_ONLY))
                        .build()),
                "Table already has an enabled stream: TableName: " + table);
        store().updateTable(UpdateTableRequest.builder(table)
                .streamSpecification(StreamSpecification.disabled())
                .build());
        TableDescription disabled = awaitActive(table);
        assertThat(disabled.streamSpecification()).isEmpty();
        assertThat(disabled.latestStreamLabel()).isEqualTo(enabled.latestStreamLabel());
    }

    @Test
    void createTable_withAStream_describesIt() {
        String table = uniqueTableName("ut-create-stream");

        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .streamSpecification(StreamSpecification.enabled(StreamViewType.KEYS_ONLY))
                .build());

        assertThat(awaitActive(table).streamSpecification())
                .isEqualTo(Optional.of(StreamSpecification.enabled(StreamViewType.KEYS_ONLY)));
    }

    /** Waits until the table and all its global indexes are ACTIVE. */
    private TableDescription awaitIndexesActive(String table) {
        return awaitDescription(
                table,
                description -> description.tableStatus() == TableStatus.ACTIVE
                        && description.indexDescriptions().stream()
                                .allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE));
    }

    /** Waits until the table is ACTIVE and has no global index left. */
    private TableDescription awaitIndexesGone(String table) {
        return awaitDescription(
                table,
                description -> description.tableStatus() == TableStatus.ACTIVE
                        && description.globalSecondaryIndexes().isEmpty());
    }
}
