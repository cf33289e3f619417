package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ResourceInUseException;
import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.table.AttributeDefinition;
import io.tabletheory.api.table.BillingMode;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.KeySchemaElement;
import io.tabletheory.api.table.KeyType;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ProvisionedThroughput;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.TimeToLiveStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreTableTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    private static CreateTableRequest simple(String name) {
        return CreateTableRequest.builder(name)
                .partitionKey("pk", ScalarAttributeType.S)
                .build();
    }

    private static CreateTableRequest raw(
            List<AttributeDefinition> definitions, List<KeySchemaElement> keys, List<SecondaryIndex> lsis) {
        return new CreateTableRequest("t1x", definitions, keys, List.of(), lsis, null, null);
    }

    private static AttributeDefinition def(String name) {
        return new AttributeDefinition(name, ScalarAttributeType.S);
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return new KeySchemaElement(name, type);
    }

    @Test
    void createTable_describesKeysIndexesAndProjections() {
        TableDescription created = dynamo.createTable(CreateTableRequest.builder("users")
                .partitionKey("id", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .globalSecondaryIndex("email-index", "email", ScalarAttributeType.S, Projection.keysOnly())
                .localSecondaryIndex("by-date", "date", ScalarAttributeType.S, Projection.include(List.of("x")))
                .build());
        assertThat(created.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        TableDescription described = dynamo.describeTable("users");
        assertThat(described.partitionKey()).isEqualTo("id");
        assertThat(described.sortKey()).contains("sk");
        assertThat(described.attributeType("sk")).contains(ScalarAttributeType.N);
        assertThat(described.index("email-index").orElseThrow().projection()).isEqualTo(Projection.keysOnly());
        assertThat(described.index("by-date").orElseThrow().projection().nonKeyAttributes())
                .containsExactly("x");
        assertThat(described.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(described.itemCount()).isZero();
    }

    @Test
    void createTable_whenTableExists_failsWithResourceInUse() {
        dynamo.createTable(simple("users"));
        assertThatThrownBy(() -> dynamo.createTable(simple("users")))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessage("Table already exists: users");
    }

    @Test
    void tableNames_areCaseSensitive() {
        dynamo.createTable(simple("users"));
        dynamo.createTable(simple("USERS"));
        assertThat(dynamo.listTables(ListTablesRequest.firstPage()).tableNames())
                .containsExactly("USERS", "users");
    }

    @Test
    void createTable_withInvalidName_failsWithConstraintMessage() {
        assertThatThrownBy(() -> dynamo.createTable(simple("bad table!@#")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value 'bad table!@#' at 'tableName' failed to satisfy"
                        + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        assertThatThrownBy(() -> dynamo.createTable(simple("ab")))
                .hasMessage("1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint:"
                        + " Member must have length greater than or equal to 3");
        assertThatThrownBy(() -> dynamo.createTable(simple("a!")))
                .hasMessageStartingWith("2 validation errors detected: ");
        assertThat(dynamo.createTable(simple("a".repeat(255))).tableName()).hasSize(255);
        assertThatThrownBy(() -> dynamo.createTable(simple("a".repeat(256))))
                .hasMessageEndingWith("Member must have length less than or equal to 255");
    }

    @Test
    void createTable_withInvalidKeySchema_failsWithDynamoDbMessages() {
        assertThatThrownBy(() -> dynamo.createTable(raw(
                        List.of(def("a"), def("b")),
                        List.of(key("a", KeyType.RANGE), key("b", KeyType.HASH)),
                        List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        assertThatThrownBy(() -> dynamo.createTable(raw(
                        List.of(def("a"), def("b")),
                        List.of(key("a", KeyType.HASH), key("b", KeyType.HASH)),
                        List.of())))
                .hasMessage("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        assertThatThrownBy(() -> dynamo.createTable(
                        raw(List.of(def("a")), List.of(key("a", KeyType.HASH), key("a", KeyType.RANGE)), List.of())))
                .hasMessage("Invalid KeySchema: Some index key attribute have no definition");
        assertThatThrownBy(() -> dynamo.createTable(raw(
                        List.of(def("a"), def("a2")),
                        List.of(key("a", KeyType.HASH), key("a", KeyType.RANGE)),
                        List.of())))
                .hasMessage("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        assertThatThrownBy(() -> dynamo.createTable(raw(List.of(def("x")), List.of(key("a", KeyType.HASH)), List.of())))
                .hasMessage("One or more parameter values were invalid: Some index key attributes are not defined in"
                        + " AttributeDefinitions. Keys: [a], AttributeDefinitions: [x]");
        assertThatThrownBy(() -> dynamo.createTable(raw(List.of(), List.of(), List.of())))
                .hasMessageContaining("at 'keySchema' failed to satisfy constraint: Member must have length greater"
                        + " than or equal to 1");
    }

    @Test
    void createTable_withUnusedAttributeDefinition_fails() {
        assertThatThrownBy(() -> dynamo.createTable(
                        raw(List.of(def("a"), def("b")), List.of(key("a", KeyType.HASH)), List.of())))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Number of attributes in KeySchema does not"
                        + " exactly match number of attributes defined in AttributeDefinitions");
    }

    @Test
    void localIndex_mustShareTableHashKeyAndTableMustHaveRangeKey() {
        SecondaryIndex lsi = new SecondaryIndex(
                "lsi1", List.of(key("other", KeyType.HASH), key("c", KeyType.RANGE)), Projection.all());
        assertThatThrownBy(() -> dynamo.createTable(raw(
                        List.of(def("a"), def("b"), def("c"), def("other")),
                        List.of(key("a", KeyType.HASH), key("b", KeyType.RANGE)),
                        List.of(lsi))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Index KeySchema does not have the same leading"
                        + " hash key as table KeySchema for index: lsi1. index hash key: other, table hash key: a");
        SecondaryIndex ok =
                new SecondaryIndex("lsi1", List.of(key("a", KeyType.HASH), key("c", KeyType.RANGE)), Projection.all());
        assertThatThrownBy(() -> dynamo.createTable(
                        raw(List.of(def("a"), def("c")), List.of(key("a", KeyType.HASH)), List.of(ok))))
                .hasMessage("One or more parameter values were invalid: Table KeySchema does not have a range key,"
                        + " which is required when specifying a LocalSecondaryIndex");
    }

    @Test
    void indexes_withDuplicateNamesOrStrayNonKeyAttributes_areRejected() {
        assertThatThrownBy(() -> dynamo.createTable(CreateTableRequest.builder("t1x")
                        .partitionKey("a", ScalarAttributeType.S)
                        .sortKey("b", ScalarAttributeType.S)
                        .globalSecondaryIndex("idx", "c", ScalarAttributeType.S, Projection.all())
                        .localSecondaryIndex("idx", "d", ScalarAttributeType.S, Projection.all())
                        .build()))
                .hasMessage("One or more parameter values were invalid: Duplicate index name: idx");
        assertThatThrownBy(() -> dynamo.createTable(CreateTableRequest.builder("t1x")
                        .partitionKey("a", ScalarAttributeType.S)
                        .globalSecondaryIndex(
                                "idx",
                                "c",
                                ScalarAttributeType.S,
                                new io.tabletheory.api.table.Projection(
                                        io.tabletheory.api.table.ProjectionType.KEYS_ONLY, List.of("z")))
                        .build()))
                .hasMessage("One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but"
                        + " NonKeyAttributes is specified");
    }

    @Test
    void billing_requiresThroughputExactlyForProvisioned() {
        assertThatThrownBy(() -> dynamo.createTable(new CreateTableRequest(
                        "t1x",
                        List.of(def("a")),
                        List.of(key("a", KeyType.HASH)),
                        List.of(),
                        List.of(),
                        BillingMode.PROVISIONED,
                        Optional.empty())))
                .hasMessage("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must"
                        + " both be specified when BillingMode is PROVISIONED");
        assertThat(dynamo.createTable(CreateTableRequest.builder("prov")
                                .partitionKey("a", ScalarAttributeType.S)
                                .provisionedThroughput(new ProvisionedThroughput(5, 5))
                                .build())
                        .billingMode())
                .isEqualTo(BillingMode.PROVISIONED);
    }

    @Test
    void describeTable_whenMissing_failsWithResourceNotFound() {
        assertThatThrownBy(() -> dynamo.describeTable("nope"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: nope not found");
    }

    @Test
    void itemCount_isLive() {
        dynamo.createTable(simple("users"));
        dynamo.putItem(PutItemRequest.builder("users", item("pk", s("1"))).build());
        dynamo.putItem(PutItemRequest.builder("users", item("pk", s("2"))).build());
        dynamo.putItem(
                PutItemRequest.builder("users", item("pk", s("2"), "x", s("y"))).build());
        assertThat(dynamo.describeTable("users").itemCount()).isEqualTo(2);
        dynamo.deleteItem(DeleteItemRequest.builder("users", item("pk", s("1"))).build());
        dynamo.deleteItem(DeleteItemRequest.builder("users", item("pk", s("1"))).build());
        assertThat(dynamo.describeTable("users").itemCount()).isEqualTo(1);
    }

    @Test
    void deleteTable_removesTableAndReportsDeleting() {
        dynamo.createTable(simple("users"));
        TableDescription deleted = dynamo.deleteTable("users");
        assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThatThrownBy(() -> dynamo.describeTable("users")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dynamo.deleteTable("users"))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found: Table: users not found");
        assertThatThrownBy(() -> dynamo.putItem(
                        PutItemRequest.builder("users", item("pk", s("1"))).build()))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
    }

    @Test
    void listTables_pagesInNameOrder() {
        for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
            dynamo.createTable(simple(name));
        }
        ListTablesResult first = dynamo.listTables(new ListTablesRequest(Optional.empty(), OptionalInt.of(2)));
        assertThat(first.tableNames()).containsExactly("alpha", "bravo");
        assertThat(first.lastEvaluatedTableName()).contains("bravo");
        ListTablesResult second =
                dynamo.listTables(new ListTablesRequest(first.lastEvaluatedTableName(), OptionalInt.of(2)));
        assertThat(second.tableNames()).containsExactly("charlie", "delta");
        ListTablesResult last =
                dynamo.listTables(new ListTablesRequest(second.lastEvaluatedTableName(), OptionalInt.of(2)));
        assertThat(last.tableNames()).containsExactly("echo");
        assertThat(last.lastEvaluatedTableName()).isEmpty();
        assertThat(dynamo.listTables(new ListTablesRequest(Optional.of("bzz"), OptionalInt.empty()))
                        .tableNames())
                .containsExactly("charlie", "delta", "echo");
    }

    @Test
    void listTables_withLimitOutOfRange_isRejected() {
        assertThatThrownBy(() -> dynamo.listTables(new ListTablesRequest(Optional.empty(), OptionalInt.of(0))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member"
                        + " must have value greater than or equal to 1");
        assertThatThrownBy(() -> dynamo.listTables(new ListTablesRequest(Optional.empty(), OptionalInt.of(101))))
                .hasMessageEndingWith("Member must have value less than or equal to 100");
    }

    @Test
    void timeToLive_isRecordedAndDescribed() {
        dynamo.createTable(simple("users"));
        assertThat(dynamo.describeTimeToLive("users").status()).isEqualTo(TimeToLiveStatus.DISABLED);
        dynamo.updateTimeToLive("users", new TimeToLiveSpecification("expiresAt", true));
        assertThat(dynamo.describeTimeToLive("users").status()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(dynamo.describeTimeToLive("users").attributeName()).contains("expiresAt");
        assertThatThrownBy(() -> dynamo.updateTimeToLive("users", new TimeToLiveSpecification("expiresAt", true)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("TimeToLive is already enabled");
        dynamo.updateTimeToLive("users", new TimeToLiveSpecification("expiresAt", false));
        assertThat(dynamo.describeTimeToLive("users").status()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThatThrownBy(() -> dynamo.describeTimeToLive("nope")).isInstanceOf(ResourceNotFoundException.class);
    }
}
