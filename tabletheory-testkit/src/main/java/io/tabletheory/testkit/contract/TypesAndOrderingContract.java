package io.tabletheory.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.api.request.PageResult;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's value ordering and size limits: sort keys ordered numbers by value, strings by UTF-8 bytes and binary
 * by unsigned bytes; key size limits (2048 bytes for a partition key, 1024 for a sort key); 32 levels of nesting;
 * 38-digit numbers.
 */
public abstract class TypesAndOrderingContract extends PortContract {
    private String table(ScalarAttributeType sortKeyType) {
        String name = uniqueTableName("order");
        store().createTable(CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, sortKeyType)
                .build());
        awaitActive(name);
        return name;
    }

    private List<AttributeValue> sortKeysInQueryOrder(String table, List<AttributeValue> sortKeys) {
        List<AttributeValue> shuffled = new ArrayList<>(sortKeys);
        Collections.reverse(shuffled);
        for (AttributeValue sortKey : shuffled) {
            put(table, item(PK, s("p"), SK, sortKey));
        }
        PageResult page = store().query(QueryRequest.builder(table)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", s("p")))
                .consistentRead(true)
                .build());
        return page.items().stream().map(item -> item.get(SK)).toList();
    }

    @Test
    void numberSortKeys_areOrderedByValue() {
        List<AttributeValue> ordered = List.of(n("-10"), n("-1.5"), n("0"), n("0.00001"), n("2"), n("10"), n("1e20"));

        assertThat(sortKeysInQueryOrder(table(ScalarAttributeType.N), ordered)).containsExactlyElementsOf(ordered);
    }

    @Test
    void stringSortKeys_areOrderedByUtf8Bytes_notUtf16() {
        List<AttributeValue> ordered =
                List.of(s("A"), s("Z"), s("a"), s("z"), s("\u00e9"), s("\ufffd"), s("\ud83d\ude00"));

        assertThat(sortKeysInQueryOrder(table(ScalarAttributeType.S), ordered)).containsExactlyElementsOf(ordered);
    }

    @Test
    void binarySortKeys_areOrderedByUnsignedBytes() {
        HexFormat hex = HexFormat.of();
        List<AttributeValue> ordered = List.of(
                AttributeValue.ofBinary(hex.parseHex("00")),
                AttributeValue.ofBinary(hex.parseHex("0001")),
                AttributeValue.ofBinary(hex.parseHex("7f")),
                AttributeValue.ofBinary(hex.parseHex("80")),
                AttributeValue.ofBinary(hex.parseHex("ff")));

        assertThat(sortKeysInQueryOrder(table(ScalarAttributeType.B), ordered)).containsExactlyElementsOf(ordered);
    }

    @Test
    void keysAtTheSizeLimits_areStored_andOneByteMoreIsRefused() {
        String table = table(ScalarAttributeType.S);
        put(table, item(PK, s("p".repeat(2048)), SK, s("s".repeat(1024))));

        assertValidationError(
                () -> put(table, item(PK, s("p".repeat(2049)), SK, s("s"))),
                "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048"
                        + " bytes");
        assertValidationError(
                () -> put(table, item(PK, s("p"), SK, s("s".repeat(1025)))),
                "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size"
                        + " limit of 1024 bytes");
    }

    @Test
    void thirtyTwoLevelsOfNesting_countingTheItem_areStored_andThirtyThreeAreRefused() {
        String table = createHashTable("nest");
        put(table, item(PK, s("ok"), "deep", nested(31)));

        assertValidationError(
                () -> put(table, item(PK, s("too-deep"), "deep", nested(32))),
                "Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond"
                        + " supported limit");
    }

    @Test
    void numbersOf38SignificantDigits_roundTripExactly() {
        String table = createHashTable("digits");
        AttributeValue big = n("12345678901234567890123456789012345678");
        AttributeValue small = n("-0.00000000000000000000000000000000000000000000000000000000000000000000000001");
        store().putItem(PutItemRequest.builder(table, item(PK, s("n"), "big", big, "small", small))
                .build());

        assertThat(get(table, item(PK, s("n")))).hasValueSatisfying(stored -> {
            assertThat(stored.get("big")).isEqualTo(big);
            assertThat(((AttributeValue.NumberValue) stored.get("small")).value())
                    .isEqualTo("-0.00000000000000000000000000000000000000000000000000000000000000000000000001");
        });
    }

    /** A list nested {@code levels} deep, counting the attribute's own list as level 1. */
    private static AttributeValue nested(int levels) {
        AttributeValue value = s("bottom");
        for (int level = 0; level < levels; level++) {
            value = AttributeValue.ofList(List.of(value));
        }
        return value;
    }
}
