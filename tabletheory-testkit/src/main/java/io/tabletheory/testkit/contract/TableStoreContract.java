package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The table control plane: CreateTable, DescribeTable, ListTables and DeleteTable, with DynamoDB's errors for
 * duplicate and missing tables and for invalid definitions (research §1.3, §3b).
 */
public abstract class TableStoreContract extends PortContract {

    @Test
    void createTable_returnsTheDefinitionOfTheNewTable() {
        String name = uniqueTableName("admin-create");

        TableDescription created = store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .build());

        assertThat(created.tableName()).isEqualTo(name);
        assertThat(created.keySchema())
                .containsExactly(new KeySchemaElement(PK, KeyType.HASH), new KeySchemaElement(SK, KeyType.RANGE));
        assertThat(created.attributeDefinitions())
                .containsExactlyInAnyOrder(
                        new AttributeDefinition(PK, ScalarAttributeType.S),
                        new AttributeDefinition(SK, ScalarAttributeType.N));
        assertThat(created.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(created.tableStatus()).isIn(TableStatus.CREATING, TableStatus.ACTIVE);
        assertThat(created.itemCount()).isZero();
        assertThat(created.globalSecondaryIndexes()).isEmpty();
        assertThat(created.localSecondaryIndexes()).isEmpty();
    }

    @Test
    void describeTable_ofNewTable_isActiveWithItsKeys() {
        String name = createHashTable("admin-describe");

        TableDescription described = store().describeTable(name);

        assertThat(described.tableName()).isEqualTo(name);
        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.keySchema()).containsExactly(new KeySchemaElement(PK, KeyType.HASH));
        assertThat(described.attributeDefinitions())
                .containsExactly(new AttributeDefinition(PK, ScalarAttributeType.S));
        assertThat(described.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(described.partitionKey()).isEqualTo(PK);
        assertThat(described.sortKey()).isEmpty();
    }

    @Test
    void describeTable_withGlobalAndLocalIndexes_reportsEachIndexKeyAndProjection() {
        String name = uniqueTableName("admin-indexes");
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .globalSecondaryIndex("by-email", "email", ScalarAttributeType.S, Projection.all())
                .globalSecondaryIndex(
                        "by-tenant-created",
                        "tenant",
                        ScalarAttributeType.S,
                        "created",
                        ScalarAttributeType.N,
                        Projection.keysOnly())
                .globalSecondaryIndex(
                        "by-code", "code", ScalarAttributeType.B, Projection.include(List.of("title", "price")))
                .localSecondaryIndex("by-rank", "rank", ScalarAttributeType.N, Projection.include(List.of("title")))
                .build());

        TableDescription described = awaitActive(name);

        assertThat(described.attributeDefinitions())
                .containsExactlyInAnyOrder(
                        new AttributeDefinition(PK, ScalarAttributeType.S),
                        new AttributeDefinition(SK, ScalarAttributeType.N),
                        new AttributeDefinition("email", ScalarAttributeType.S),
                        new AttributeDefinition("tenant", ScalarAttributeType.S),
                        new AttributeDefinition("created", ScalarAttributeType.N),
                        new AttributeDefinition("code", ScalarAttributeType.B),
                        new AttributeDefinition("rank", ScalarAttributeType.N));
        assertThat(described.globalSecondaryIndexes())
                .extracting(SecondaryIndex::indexName)
                .containsExactlyInAnyOrder("by-email", "by-tenant-created", "by-code");
        SecondaryIndex byEmail = described.index("by-email").orElseThrow();
        assertThat(byEmail.keySchema()).containsExactly(new KeySchemaElement("email", KeyType.HASH));
        assertThat(byEmail.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        SecondaryIndex byTenant = described.index("by-tenant-created").orElseThrow();
        assertThat(byTenant.keySchema())
                .containsExactly(
                        new KeySchemaElement("tenant", KeyType.HASH), new KeySchemaElement("created", KeyType.RANGE));
        assertThat(byTenant.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
        SecondaryIndex byCode = described.index("by-code").orElseThrow();
        assertThat(byCode.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(byCode.projection().nonKeyAttributes()).containsExactlyInAnyOrder("title", "price");
        assertThat(described.localSecondaryIndexes())
                .extracting(SecondaryIndex::indexName)
                .containsExactly("by-rank");
        SecondaryIndex byRank = described.index("by-rank").orElseThrow();
        assertThat(byRank.keySchema())
                .containsExactly(new KeySchemaElement(PK, KeyType.HASH), new KeySchemaElement("rank", KeyType.RANGE));
        assertThat(byRank.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(byRank.projection().nonKeyAttributes()).containsExactly("title");
    }

    @Test
    void createTable_withProvisionedThroughput_isBilledAsProvisioned() {
        String name = uniqueTableName("admin-provisioned");
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .globalSecondaryIndex("by-email", "email", ScalarAttributeType.S, Projection.all())
                .provisionedThroughput(new ProvisionedThroughput(5, 5))
                .build());

        assertThat(awaitActive(name).billingMode()).isEqualTo(BillingMode.PROVISIONED);
    }

    @Test
    void createTable_whenTheTableExists_failsWithResourceInUse() {
        String name = createHashTable("admin-duplicate");

        assertError(
                ResourceInUseException.class,
                () -> store().createTable(CreateTableRequest.builder(name)
                        .partitionKey(PK, ScalarAttributeType.S)
                        .build()),
                "Table already exists: " + name);
    }

    @Test
    void describeTable_ofMissingTable_failsWithResourceNotFound() {
        String name = uniqueTableName("admin-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> store().describeTable(name),
                "Requested resource not found: Table: " + name + " not found");
    }

    @Test
    void deleteTable_returnsTheTableAndRemovesIt() {
        String name = createHashTable("admin-delete");

        TableDescription deleted = store().deleteTable(name);

        assertThat(deleted.tableName()).isEqualTo(name);
        assertThat(deleted.keySchema()).containsExactly(new KeySchemaElement(PK, KeyType.HASH));
        assertThat(awaitDeleted(name)).isExactlyInstanceOf(ResourceNotFoundException.class);
        assertThat(allTableNames()).doesNotContain(name);
    }

    @Test
    void deleteTable_ofMissingTable_failsWithResourceNotFound() {
        String name = uniqueTableName("admin-missing");

        assertError(
                ResourceNotFoundException.class,
                () -> store().deleteTable(name),
                "Requested resource not found: Table: " + name + " not found");
    }

    @Test
    void listTables_includesEveryCreatedTable() {
        String first = createHashTable("admin-list");
        String second = createHashRangeTable("admin-list");

        assertThat(allTableNames()).contains(first, second);
    }

    @Test
    void listTables_withLimit_pagesInNameOrderFromTheExclusiveStart() {
        String prefix = uniqueTableName("admin-paging");
        List<String> names = List.of(prefix + "-a", prefix + "-b", prefix + "-c");
        for (String name : names) {
            store().createTable(CreateTableRequest.builder(name)
                    .partitionKey(PK, ScalarAttributeType.S)
                    .build());
        }

        ListTablesResult first = store().listTables(new ListTablesRequest(Optional.of(prefix), OptionalInt.of(2)));

        assertThat(first.tableNames()).containsExactly(names.get(0), names.get(1));
        assertThat(first.lastEvaluatedTableName()).contains(names.get(1));

        ListTablesResult second =
                store().listTables(new ListTablesRequest(first.lastEvaluatedTableName(), OptionalInt.of(2)));

        assertThat(second.tableNames()).first().isEqualTo(names.get(2));
    }

    @Test
    void createTable_withKeyAttributeNotDefined_failsWithValidation() {
        String name = uniqueTableName("admin-invalid");

        assertValidationError(
                () -> store().createTable(new CreateTableRequest(
                        name,
                        List.of(new AttributeDefinition("other", ScalarAttributeType.S)),
                        List.of(new KeySchemaElement(PK, KeyType.HASH)),
                        List.of(),
                        List.of(),
                        BillingMode.PAY_PER_REQUEST,
                        Optional.empty())),
                "One or more parameter values were invalid: Some index key attributes are not defined in"
                        + " AttributeDefinitions. Keys: [pk], AttributeDefinitions: [other]");
        assertThat(awaitDeleted(name)).isExactlyInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void createTable_withUnusedAttributeDefinition_failsWithValidation() {
        assertValidationError(
                () -> store().createTable(new CreateTableRequest(
                        uniqueTableName("admin-invalid"),
                        List.of(
                                new AttributeDefinition(PK, ScalarAttributeType.S),
                                new AttributeDefinition("extra", ScalarAttributeType.S)),
                        List.of(new KeySchemaElement(PK, KeyType.HASH)),
                        List.of(),
                        List.of(),
                        BillingMode.PAY_PER_REQUEST,
                        Optional.empty())),
                "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly"
                        + " match number of attributes defined in AttributeDefinitions");
    }

    @Test
    void createTable_whoseFirstKeyIsARangeKey_failsWithValidation() {
        assertValidationError(
                () -> store().createTable(new CreateTableRequest(
                        uniqueTableName("admin-invalid"),
                        List.of(new AttributeDefinition(PK, ScalarAttributeType.S)),
                        List.of(new KeySchemaElement(PK, KeyType.RANGE)),
                        List.of(),
                        List.of(),
                        BillingMode.PAY_PER_REQUEST,
                        Optional.empty())),
                "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }

    @Test
    void createTable_withLocalIndexOnHashOnlyTable_failsWithValidation() {
        assertValidationError(
                () -> store().createTable(new CreateTableRequest(
                        uniqueTableName("admin-invalid"),
                        List.of(
                                new AttributeDefinition(PK, ScalarAttributeType.S),
                                new AttributeDefinition("rank", ScalarAttributeType.N)),
                        List.of(new KeySchemaElement(PK, KeyType.HASH)),
                        List.of(),
                        List.of(new SecondaryIndex(
                                "by-rank",
                                List.of(
                                        new KeySchemaElement(PK, KeyType.HASH),
                                        new KeySchemaElement("rank", KeyType.RANGE)),
                                Projection.all())),
                        BillingMode.PAY_PER_REQUEST,
                        Optional.empty())),
                "One or more parameter values were invalid: Table KeySchema does not have a range key, which is"
                        + " required when specifying a LocalSecondaryIndex");
    }

    @Test
    void createTable_withTwoIndexesOfOneName_failsWithValidation() {
        assertValidationError(
                () -> store().createTable(CreateTableRequest.builder(uniqueTableName("admin-invalid"))
                        .partitionKey(PK, ScalarAttributeType.S)
                        .globalSecondaryIndex("twin", "email", ScalarAttributeType.S, Projection.all())
                        .globalSecondaryIndex("twin", "tenant", ScalarAttributeType.S, Projection.keysOnly())
                        .build()),
                "One or more parameter values were invalid: Duplicate index name: twin");
    }

    @Test
    void createTable_withTooShortName_failsWithValidation() {
        assertValidationError(
                () -> store().createTable(CreateTableRequest.builder("ab")
                        .partitionKey(PK, ScalarAttributeType.S)
                        .build()),
                "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: Member must"
                        + " have length greater than or equal to 3");
    }

    private List<String> allTableNames() {
        List<String> names = new ArrayList<>();
        ListTablesResult page = store().listTables(ListTablesRequest.firstPage());
        names.addAll(page.tableNames());
        while (page.lastEvaluatedTableName().isPresent()) {
            page = store().listTables(new ListTablesRequest(page.lastEvaluatedTableName(), OptionalInt.empty()));
            names.addAll(page.tableNames());
        }
        return names;
    }
}
