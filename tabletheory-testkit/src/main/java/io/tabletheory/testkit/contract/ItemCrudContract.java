package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PutItem, GetItem and DeleteItem on hash-only and hash+range tables: every value type round-trips, numbers come
 * back canonical, ReturnValues ALL_OLD returns the replaced or deleted item, and the 400 KB item limit holds at
 * exactly 409,600 bytes (research §1.1, §1.2, §1.10).
 */
public abstract class ItemCrudContract extends PortContract {
    private static final int MAX_ITEM_BYTES = 409_600;

    /** An item holding each of the ten types, nested ones included, and the empty values DynamoDB allows. */
    private static Map<String, AttributeValue> everyType(AttributeValue partitionKey) {
        return item(
                PK,
                partitionKey,
                "string",
                s("héllo wörld \u0000 \uD83D\uDE00"),
                "emptyString",
                s(""),
                "number",
                n("-12345.678900"),
                "bigNumber",
                n("9.9999999999999999999999999999999999999E+125"),
                "tinyNumber",
                n("1E-130"),
                "binary",
                AttributeValue.ofBinary(new byte[] {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xff}),
                "emptyBinary",
                AttributeValue.ofBinary(new byte[0]),
                "stringSet",
                AttributeValue.ofStringSet(List.of("red", "green")),
                "numberSet",
                AttributeValue.ofNumberSet(List.of("1", "-2.5", "1e10")),
                "binarySet",
                AttributeValue.ofBinarySet(List.of(new byte[] {1}, new byte[] {2, 3})),
                "map",
                AttributeValue.ofMap(item(
                        "inner", s("x"),
                        "deeper", AttributeValue.ofMap(item("list", AttributeValue.ofList(List.of(n("1"), s("two"))))),
                        "emptyMap", AttributeValue.ofMap(Map.of()))),
                "list",
                AttributeValue.ofList(List.of(
                        s("a"),
                        n("2"),
                        AttributeValue.ofNull(),
                        AttributeValue.ofBoolean(false),
                        AttributeValue.ofList(List.of()),
                        AttributeValue.ofMap(item("k", AttributeValue.ofStringSet(List.of("v")))))),
                "null",
                AttributeValue.ofNull(),
                "true",
                AttributeValue.ofBoolean(true),
                "false",
                AttributeValue.ofBoolean(false));
    }

    @Test
    void putThenGet_onHashOnlyTable_roundTripsEveryValueType() {
        String table = createHashTable("crud-types");
        Map<String, AttributeValue> written = everyType(s("k1"));

        put(table, written);

        assertThat(get(table, item(PK, s("k1")))).contains(written);
    }

    @Test
    void putThenGet_onHashRangeTable_roundTripsEveryValueType() {
        String table = createHashRangeTable("crud-types");
        Map<String, AttributeValue> written = everyType(s("k1"));
        written.put(SK, n("7"));

        put(table, written);

        assertThat(get(table, item(PK, s("k1"), SK, n("7")))).contains(written);
        assertThat(get(table, item(PK, s("k1"), SK, n("8")))).isEmpty();
    }

    @Test
    void putThenGet_returnsNumbersInCanonicalForm() {
        String table = createHashRangeTable("crud-numbers");

        put(table, item(PK, s("k"), SK, n("1e3"), "plain", n("+001.500"), "exponent", n("1E-3"), "zero", n("-0")));

        Map<String, AttributeValue> read =
                get(table, item(PK, s("k"), SK, n("1000.0"))).orElseThrow();
        assertThat(((AttributeValue.NumberValue) read.get(SK)).value()).isEqualTo("1000");
        assertThat(((AttributeValue.NumberValue) read.get("plain")).value()).isEqualTo("1.5");
        assertThat(((AttributeValue.NumberValue) read.get("exponent")).value()).isEqualTo("0.001");
        assertThat(((AttributeValue.NumberValue) read.get("zero")).value()).isEqualTo("0");
    }

    @Test
    void getItem_ofMissingKey_returnsNoItem() {
        String table = createHashTable("crud-missing");

        assertThat(store().getItem(GetItemRequest.builder(table, item(PK, s("nobody")))
                                .build())
                        .item())
                .isEmpty();
    }

    @Test
    void putItem_replacesTheWholeItem() {
        String table = createHashTable("crud-replace");
        put(table, item(PK, s("k"), "a", s("1"), "b", s("2")));

        put(table, item(PK, s("k"), "c", s("3")));

        assertThat(get(table, item(PK, s("k")))).contains(item(PK, s("k"), "c", s("3")));
    }

    @Test
    void putItem_withReturnValuesAllOld_returnsTheReplacedItem() {
        String table = createHashTable("crud-allold");
        Map<String, AttributeValue> original = item(PK, s("k"), "v", n("1"));

        PutItemResult first = store().putItem(PutItemRequest.builder(table, original)
                .returnValues(ReturnValue.ALL_OLD)
                .build());
        PutItemResult second = store().putItem(PutItemRequest.builder(table, item(PK, s("k"), "v", n("2")))
                .returnValues(ReturnValue.ALL_OLD)
                .build());

        assertThat(first.attributes()).isEmpty();
        assertThat(second.attributes()).isEqualTo(original);
    }

    @Test
    void putItem_withoutReturnValues_returnsNoAttributes() {
        String table = createHashTable("crud-none");
        put(table, item(PK, s("k"), "v", n("1")));

        PutItemResult result = store().putItem(PutItemRequest.builder(table, item(PK, s("k"), "v", n("2")))
                .build());

        assertThat(result.attributes()).isEmpty();
    }

    @Test
    void deleteItem_removesTheItem() {
        String table = createHashRangeTable("crud-delete");
        put(table, item(PK, s("k"), SK, n("1"), "v", s("x")));
        put(table, item(PK, s("k"), SK, n("2"), "v", s("y")));

        DeleteItemResult result = store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k"), SK, n("1")))
                .build());

        assertThat(result.attributes()).isEmpty();
        assertThat(get(table, item(PK, s("k"), SK, n("1")))).isEmpty();
        assertThat(get(table, item(PK, s("k"), SK, n("2")))).isPresent();
    }

    @Test
    void deleteItem_withReturnValuesAllOld_returnsTheDeletedItem() {
        String table = createHashTable("crud-delete-old");
        Map<String, AttributeValue> stored = item(PK, s("k"), "v", s("x"));
        put(table, stored);

        DeleteItemResult deleted = store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                .returnValues(ReturnValue.ALL_OLD)
                .build());
        DeleteItemResult again = store().deleteItem(DeleteItemRequest.builder(table, item(PK, s("k")))
                .returnValues(ReturnValue.ALL_OLD)
                .build());

        assertThat(deleted.attributes()).isEqualTo(stored);
        assertThat(again.attributes()).isEmpty();
    }

    @Test
    void putItem_withReturnValuesOtherThanNoneOrAllOld_failsWithValidation() {
        String table = createHashTable("crud-rv");

        assertValidationError(
                () -> store().putItem(PutItemRequest.builder(table, item(PK, s("k")))
                        .returnValues(ReturnValue.ALL_NEW)
                        .build()),
                "Return values set to invalid value");
    }

    @Test
    void putItem_ofExactly400KiB_succeeds() {
        String table = createHashTable("crud-size");
        // pk (2) + "k" (1) + "big" (3) + the string: the item is exactly 409,600 bytes.
        Map<String, AttributeValue> largest = item(PK, s("k"), "big", s("x".repeat(MAX_ITEM_BYTES - 6)));

        put(table, largest);

        assertThat(get(table, item(PK, s("k")))).contains(largest);
    }

    @Test
    void putItem_ofOneByteOver400KiB_failsWithValidation() {
        String table = createHashTable("crud-size");
        Map<String, AttributeValue> tooLarge = item(PK, s("k"), "big", s("x".repeat(MAX_ITEM_BYTES - 5)));

        assertValidationError(() -> put(table, tooLarge), "Item size has exceeded the maximum allowed size");
        assertThat(get(table, item(PK, s("k")))).isEmpty();
    }

    @Test
    void itemOperations_onMissingTable_failWithResourceNotFound() {
        String table = uniqueTableName("crud-no-table");
        Map<String, AttributeValue> key = item(PK, s("k"));

        assertError(ResourceNotFoundException.class, () -> put(table, key), "Requested resource not found");
        assertError(
                ResourceNotFoundException.class,
                () -> store().getItem(GetItemRequest.builder(table, key).build()),
                "Requested resource not found");
        assertError(
                ResourceNotFoundException.class,
                () -> store().deleteItem(DeleteItemRequest.builder(table, key).build()),
                "Requested resource not found");
    }

    @Test
    void itemOperationTableNames_takeAnArnsLengths_emptyBreaksOnlyTheMinimum_shortIsNotFound() {
        Map<String, AttributeValue> key = item(PK, s("k"));

        // The item operations also take a table ARN, so their TableName is 1 to 1024 characters long ([CONF]
        // putItem.test.ts pins the empty name's message; a 2-character name then names no table).
        assertValidationError(
                () -> put("", key),
                "1 validation error detected: Value '' at 'tableName' failed to satisfy constraint: Member must have"
                        + " length greater than or equal to 1");
        assertError(ResourceNotFoundException.class, () -> put("ab", key), "Requested resource not found");
    }
}
