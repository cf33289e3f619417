package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import org.junit.jupiter.api.Test;

/**
 * Key validation on item operations: a put item must hold every key attribute with its declared type and a
 * non-empty value; a get or delete key must be exactly the table's key (research §1.3, §2 #43-#47).
 */
public abstract class KeyValidationContract extends PortContract {
    private static final String SCHEMA_MISMATCH = "The provided key element does not match the schema";

    @Test
    void putItem_withoutThePartitionKey_failsWithValidation() {
        String table = createHashTable("keys-put");

        assertValidationError(
                () -> put(table, item("other", s("x"))),
                "One or more parameter values were invalid: Missing the key pk in the item");
    }

    @Test
    void putItem_withoutTheSortKey_failsWithValidation() {
        String table = createHashRangeTable("keys-put");

        assertValidationError(
                () -> put(table, item(PK, s("k"), "other", s("x"))),
                "One or more parameter values were invalid: Missing the key sk in the item");
        assertThat(get(table, item(PK, s("k"), SK, n("0")))).isEmpty();
    }

    @Test
    void putItem_withPartitionKeyOfTheWrongType_failsWithValidation() {
        String table = createHashTable("keys-put");

        assertValidationError(
                () -> put(table, item(PK, n("1"))),
                "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void putItem_withSortKeyOfTheWrongType_failsWithValidation() {
        String table = createHashRangeTable("keys-put");

        assertValidationError(
                () -> put(table, item(PK, s("k"), SK, s("1"))),
                "One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S");
    }

    @Test
    void putItem_withEmptyStringPartitionKey_failsWithValidation() {
        String table = createHashTable("keys-empty");

        assertValidationError(
                () -> put(table, item(PK, s(""), "other", s("x"))),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty string value. Key: pk");
    }

    @Test
    void putItem_withEmptyStringSortKey_failsWithValidation() {
        String table = uniqueTableName("keys-empty");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.S)
                .build());
        awaitActive(table);

        assertValidationError(
                () -> put(table, item(PK, s("k"), SK, s(""))),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty string value. Key: sk");
    }

    @Test
    void putItem_withEmptyBinaryPartitionKey_failsWithValidation() {
        String table = uniqueTableName("keys-empty");
        store().createTable(CreateTableRequest.builder(table)
                .partitionKey(PK, ScalarAttributeType.B)
                .build());
        awaitActive(table);

        assertValidationError(
                () -> put(table, item(PK, AttributeValue.ofBinary(new byte[0]))),
                "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                        + " an empty binary value. Key: pk");
    }

    @Test
    void getItem_withoutTheSortKey_failsWithValidation() {
        String table = createHashRangeTable("keys-get");

        assertValidationError(
                () -> store().getItem(
                                GetItemRequest.builder(table, item(PK, s("k"))).build()),
                SCHEMA_MISMATCH);
    }

    @Test
    void getItem_withAnAttributeBeyondTheKey_failsWithValidation() {
        String table = createHashTable("keys-get");

        assertValidationError(
                () -> store().getItem(GetItemRequest.builder(table, item(PK, s("k"), "other", s("x")))
                        .build()),
                SCHEMA_MISMATCH);
    }

    @Test
    void getItem_withKeyOfTheWrongType_failsWithValidation() {
        String table = createHashTable("keys-get");

        assertValidationError(
                () -> store().getItem(
                                GetItemRequest.builder(table, item(PK, n("1"))).build()),
                SCHEMA_MISMATCH);
    }

    @Test
    void getItem_withAnotherAttributeInsteadOfTheKey_failsWithValidation() {
        String table = createHashTable("keys-get");

        assertValidationError(
                () -> store().getItem(GetItemRequest.builder(table, item("id", s("k")))
                        .build()),
                SCHEMA_MISMATCH);
    }

    @Test
    void deleteItem_withoutTheSortKey_failsWithValidation() {
        String table = createHashRangeTable("keys-delete");

        assertValidationError(
                () -> store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                        .build()),
                SCHEMA_MISMATCH);
    }

    @Test
    void deleteItem_withKeyOfTheWrongType_failsWithValidation() {
        String table = createHashRangeTable("keys-delete");

        assertValidationError(
                () -> store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k"), SK, s("1")))
                        .build()),
                SCHEMA_MISMATCH);
    }
}
