package io.tabletheory.bench;

import io.tabletheory.api.request.GetItemRequest;
import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.QueryRequest;
import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The table and items of the emulator-at-scale benchmarks ({@link EmulatorLoadBenchmark}, {@link
 * EmulatorScaleBenchmark}): a table with partition key {@code pk} (S), sort key {@code sk} (N) and one global index
 * ({@code gpk} S, {@code gsk} S, projecting all attributes), filled with items of about 1 KB by DynamoDB's size rule
 * (13 attributes: the keys, six short scalars, a string set, a three-field map and a 790-character note). Item
 * {@code i} lives in partition {@code i / 50} at sort key {@code i % 50}, so every partition has 50 items and a
 * 25-item Query page never runs out; its index partition is one of 1,000 tenants. Each item has its own string
 * objects (as items decoded from requests do), so the heap measured is what a real load leaves.
 */
final class ScaleFixtures {
    static final String TABLE = "scale";
    static final String INDEX = "by-tenant";
    static final int ITEMS_PER_PARTITION = 50;
    static final int PAGE = 25;
    private static final int NOTE_LENGTH = 790;
    /** Text every note is cut from, at an offset chosen by the item: each note is a string of its own. */
    private static final String NOTE_SOURCE = noteSource();

    private ScaleFixtures() {}

    static CreateTableRequest table() {
        return CreateTableRequest.builder(TABLE)
                .partitionKey("pk", ScalarAttributeType.S)
                .sortKey("sk", ScalarAttributeType.N)
                .globalSecondaryIndex(
                        INDEX, "gpk", ScalarAttributeType.S, "gsk", ScalarAttributeType.S, Projection.all())
                .build();
    }

    /** A new emulator holding the table, empty. */
    static InMemoryDynamoStore emptyStore() {
        InMemoryDynamoStore store = InMemoryDynamoStore.create();
        store.createTable(table());
        return store;
    }

    /** Puts items {@code 0 .. count - 1}, one PutItem each. */
    static void load(InMemoryDynamoStore store, int count) {
        for (int i = 0; i < count; i++) {
            store.putItem(PutItemRequest.builder(TABLE, item(i)).build());
        }
    }

    static String partition(int i) {
        return "customer#" + (1_000_000_000 + i / ITEMS_PER_PARTITION);
    }

    /** Item {@code i}: about 1 KB by DynamoDB's size rule. */
    static Map<String, AttributeValue> item(int i) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(32);
        item.put("pk", AttributeValue.ofString(partition(i)));
        item.put("sk", AttributeValue.ofNumber(i % ITEMS_PER_PARTITION));
        item.put("gpk", AttributeValue.ofString("tenant#" + (i % 1000)));
        item.put("gsk", AttributeValue.ofString("2026-12-06T19:43:19." + (100_000 + i) + "Z"));
        item.put("name", AttributeValue.ofString("Customer " + i + " Lovelace"));
        item.put("email", AttributeValue.ofString("customer" + i + "@example.com"));
        item.put("status", AttributeValue.ofString(own(i % 7 == 0 ? "SUSPENDED" : "ACTIVE")));
        item.put("visits", AttributeValue.ofNumber(i % 997));
        item.put("balance", AttributeValue.ofNumber((i % 100_000) + "." + (10 + i % 90)));
        item.put("verified", AttributeValue.ofBoolean(i % 2 == 0));
        item.put("tags", AttributeValue.ofStringSet(List.of(own("admin"), own("beta"), "tier" + (i % 5))));
        item.put(
                "address",
                AttributeValue.ofMap(Map.of(
                        "street", AttributeValue.ofString(i + " Analytical Engine Road"),
                        "city", AttributeValue.ofString(own("London")),
                        "zip", AttributeValue.ofString("N1 " + (i % 10_000)))));
        int offset = (int) ((i * 2_654_435_761L) & 0xffff);
        item.put("notes", AttributeValue.ofString(NOTE_SOURCE.substring(offset, offset + NOTE_LENGTH)));
        return item;
    }

    static GetItemRequest get(int i) {
        return GetItemRequest.builder(
                        TABLE,
                        Map.of(
                                "pk",
                                AttributeValue.ofString(partition(i)),
                                "sk",
                                AttributeValue.ofNumber(i % ITEMS_PER_PARTITION)))
                .consistentRead(true)
                .build();
    }

    /** The first 25 items of the partition of item {@code i}. */
    static QueryRequest query(int i) {
        return QueryRequest.builder(TABLE)
                .keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.ofString(partition(i))))
                .limit(PAGE)
                .build();
    }

    /** A string of its own with the text of {@code literal}, as a string decoded from a request would be. */
    private static String own(String literal) {
        return new String(literal.toCharArray());
    }

    private static String noteSource() {
        SplittableRandom random = new SplittableRandom(17);
        StringBuilder text = new StringBuilder(0x10000 + NOTE_LENGTH);
        for (int i = 0; i < 0x10000 + NOTE_LENGTH; i++) {
            int letter = random.nextInt(27);
            text.append(letter == 26 ? ' ' : (char) ('a' + letter));
        }
        return text.toString();
    }
}
