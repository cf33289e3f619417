package io.tabletheory.inmemory;

import static io.tabletheory.inmemory.Items.b;
import static io.tabletheory.inmemory.Items.item;
import static io.tabletheory.inmemory.Items.n;
import static io.tabletheory.inmemory.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryDynamoStoreItemTest {
    private final InMemoryDynamoStore dynamo = InMemoryDynamoStore.create();

    @BeforeEach
    void tables() {
        dynamo.createTable(CreateTableRequest.builder("hash")
                .partitionKey("pk", ScalarAttributeType.S)
                .build());
        dynamo.createTable(CreateTableRequest.builder("range")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .build());
        dynamo.createTable(CreateTableRequest.builder("binary")
                .partitionKey("id", ScalarAttributeType.B)
                .build());
    }

    private void put(String table, Map<String, AttributeValue> item) {
        dynamo.putItem(PutItemRequest.builder(table, item).build());
    }

    private Optional<Map<String, AttributeValue>> get(String table, Map<String, AttributeValue> key) {
        return dynamo.getItem(GetItemRequest.builder(table, key).build()).item();
    }

    @Test
    void putThenGet_returnsTheWholeItem() {
        Map<String, AttributeValue> stored = item(
                "pk",
                s("u1"),
                "sk",
                n(1),
                "name",
                s("Ada"),
                "tags",
                AttributeValue.ofStringSet(List.of("a", "b")),
                "empty",
                s(""));
        put("range", stored);
        assertThat(get("range", item("pk", s("u1"), "sk", n(1)))).contains(stored);
        assertThat(get("range", item("pk", s("u1"), "sk", n(2)))).isEmpty();
    }

    @Test
    void put_replacesTheWholeItem() {
        put("hash", item("pk", s("k"), "a", n(1)));
        put("hash", item("pk", s("k"), "b", n(2)));
        assertThat(get("hash", item("pk", s("k")))).contains(item("pk", s("k"), "b", n(2)));
    }

    @Test
    void numberKeys_addressItemsByValue() {
        put("range", item("pk", s("p"), "sk", n("1e3")));
        assertThat(get("range", item("pk", s("p"), "sk", n("1000.0")))).isPresent();
        assertThat(get("range", item("pk", s("p"), "sk", n("1000")))
                        .orElseThrow()
                        .get("sk"))
                .isEqualTo(n(1000));
    }

    @Test
    void returnedItems_areImmutable() {
        put("hash", item("pk", s("k")));
        Map<String, AttributeValue> found = get("hash", item("pk", s("k"))).orElseThrow();
        assertThatThrownBy(() -> found.put("x", s("y"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void put_withMissingKeyAttribute_isRejected() {
        assertThatThrownBy(() -> put("range", item("pk", s("p"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Missing the key sk in the item");
    }

    @Test
    void put_withWrongKeyType_isRejected() {
        assertThatThrownBy(() -> put("range", item("pk", n(1), "sk", n(1))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(
                        "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    @Test
    void emptyKeyValues_areRejected() {
        assertThatThrownBy(() -> put("hash", item("pk", s(""))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                        + " contain an empty string value. Key: pk");
        assertThatThrownBy(() -> put("binary", item("id", b())))
                .hasMessage("One or more parameter values are not valid. The AttributeValue for a key attribute cannot"
                        + " contain an empty binary value. Key: id");
        assertThatThrownBy(() -> get("hash", item("pk", s(""))))
                .hasMessageEndingWith("cannot contain an empty string value. Key: pk");
    }

    @Test
    void keySizeLimits_areEnforcedOnWritesAndReads() {
        put("hash", item("pk", s("x".repeat(2048))));
        assertThatThrownBy(() -> put("hash", item("pk", s("é".repeat(1025)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size"
                        + " limit of2048 bytes");
        assertThatThrownBy(() -> get("hash", item("pk", s("x".repeat(2049)))))
                .hasMessageContaining("Size of hashkey has exceeded");
        dynamo.createTable(CreateTableRequest.builder("sorted")
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.B)
                .build());
        put("sorted", item("pk", s("p"), "sk", AttributeValue.ofBinary(new byte[1024])));
        assertThatThrownBy(() -> put("sorted", item("pk", s("p"), "sk", AttributeValue.ofBinary(new byte[1025]))))
                .hasMessage("One or more parameter values were invalid: Aggregated size of all range keys has exceeded"
                        + " the size limit of 1024 bytes");
    }

    @Test
    void getOrDelete_withKeyNotMatchingSchema_isRejected() {
        String message = "The provided key element does not match the schema";
        assertThatThrownBy(() -> get("range", item("pk", s("p"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> get("hash", item("pk", s("p"), "x", s("y")))).hasMessage(message);
        assertThatThrownBy(() -> get("hash", item("other", s("p")))).hasMessage(message);
        assertThatThrownBy(() -> get("range", item("pk", s("p"), "sk", s("1")))).hasMessage(message);
        assertThatThrownBy(() -> dynamo.deleteItem(
                        DeleteItemRequest.builder("hash", item("pk", n(1))).build()))
                .hasMessage(message);
    }

    @Test
    void itemSize_limitIs400KbExactly() {
        put("hash", item("pk", s("k"), "d", s("x".repeat(409_600 - 4))));
        assertThatThrownBy(() -> put("hash", item("pk", s("k"), "d", s("x".repeat(409_600 - 3)))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
    }

    @Test
    void nesting_deeperThan32Levels_countingTheItem_isRejected() {
        AttributeValue value = s("leaf");
        for (int i = 0; i < 31; i++) {
            value = AttributeValue.ofList(List.of(value));
        }
        put("hash", item("pk", s("k"), "deep", value));
        AttributeValue tooDeep = AttributeValue.ofMap(Map.of("m", value));
        assertThatThrownBy(() -> put("hash", item("pk", s("k"), "deep", tooDeep)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Nesting Levels have exceeded supported limits: Attributes in the item have nested levels"
                        + " beyond supported limit");
    }

    @Test
    void returnValuesAllOld_returnsThePreviousItem() {
        Map<String, AttributeValue> first = item("pk", s("k"), "v", n(1));
        var created = dynamo.putItem(PutItemRequest.builder("hash", first)
                .returnValues(ReturnValue.ALL_OLD)
                .build());
        assertThat(created.attributes()).isEmpty();
        var replaced = dynamo.putItem(PutItemRequest.builder("hash", item("pk", s("k"), "v", n(2)))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
        assertThat(replaced.attributes()).isEqualTo(first);
        var deleted = dynamo.deleteItem(DeleteItemRequest.builder("hash", item("pk", s("k")))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
        assertThat(deleted.attributes()).isEqualTo(item("pk", s("k"), "v", n(2)));
        var none = dynamo.deleteItem(
                DeleteItemRequest.builder("hash", item("pk", s("k"))).build());
        assertThat(none.attributes()).isEmpty();
        assertThat(none.consumedCapacity()).isEmpty();
    }

    @Test
    void returnValuesOtherThanNoneOrAllOld_areRejectedForPutAndDelete() {
        for (ReturnValue invalid : List.of(ReturnValue.UPDATED_OLD, ReturnValue.ALL_NEW, ReturnValue.UPDATED_NEW)) {
            assertThatThrownBy(() -> dynamo.putItem(PutItemRequest.builder("hash", item("pk", s("k")))
                            .returnValues(invalid)
                            .build()))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Return values set to invalid value");
            assertThatThrownBy(() -> dynamo.deleteItem(DeleteItemRequest.builder("hash", item("pk", s("k")))
                            .returnValues(invalid)
                            .build()))
                    .hasMessage("Return values set to invalid value");
        }
    }

    @Test
    void itemOperations_onMissingTable_failWithResourceNotFound() {
        assertThatThrownBy(() -> put("nope", item("pk", s("k"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("Requested resource not found");
        assertThatThrownBy(() -> get("nope", item("pk", s("k")))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dynamo.deleteItem(
                        DeleteItemRequest.builder("nope", item("pk", s("k"))).build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void invalidTableName_isValidationErrorNotResourceNotFound() {
        assertThatThrownBy(() -> put("bad table!@#", item("pk", s("k"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value 'bad table!@#' at 'tableName' failed to satisfy"
                        + " constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    @Test
    void itemOperationTableNames_takeAnArnsLengths_soEmptyBreaksOnlyTheMinimumAndShortIsNotFound() {
        assertThatThrownBy(() -> put("", item("pk", s("k"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member"
                        + " must have length greater than or equal to 1");
        assertThatThrownBy(() -> put("ab", item("pk", s("k")))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getItem_projectsTopLevelNamesPlaceholdersAndPaths() {
        put(
                "hash",
                item(
                        "pk",
                        s("k"),
                        "name",
                        s("Ada"),
                        "m",
                        AttributeValue.ofMap(Map.of(
                                "a",
                                AttributeValue.ofList(
                                        List.of(n(0), AttributeValue.ofMap(Map.of("c", s("deep"), "d", s("no")))))))));
        var result = dynamo.getItem(GetItemRequest.builder("hash", item("pk", s("k")))
                .projectionExpression("#n, m.a[1].c, gone")
                .expressionAttributeNames(Map.of("#n", "name"))
                .consistentRead(true)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .build());
        assertThat(result.item())
                .contains(item(
                        "name",
                        s("Ada"),
                        "m",
                        AttributeValue.ofMap(Map.of(
                                "a", AttributeValue.ofList(List.of(AttributeValue.ofMap(Map.of("c", s("deep")))))))));
        assertThat(result.consumedCapacity()).contains(ConsumedCapacity.total("hash", 1, 0));
        var empty = dynamo.getItem(GetItemRequest.builder("hash", item("pk", s("k")))
                .projectionExpression("gone")
                .build());
        assertThat(empty.item()).contains(Map.of());
    }

    @Test
    void getItem_projectionErrors_comeBeforeTableLookup() {
        assertThatThrownBy(() -> dynamo.getItem(GetItemRequest.builder("nope", item("pk", s("k")))
                        .projectionExpression("#n")
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Invalid ProjectionExpression: An expression attribute name used in the document path is"
                        + " not defined; attribute name: #n");
        assertThatThrownBy(() -> dynamo.getItem(GetItemRequest.builder("nope", item("pk", s("k")))
                        .expressionAttributeNames(Map.of("#n", "name"))
                        .build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ExpressionAttributeNames can only be specified when using expressions");
        assertThatThrownBy(() -> dynamo.getItem(GetItemRequest.builder("nope", item("pk", s("k")))
                        .projectionExpression("a")
                        .expressionAttributeNames(Map.of("#n", "name"))
                        .build()))
                .hasMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}");
    }
}
