package io.tabletheory.bench;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table and the item every benchmark uses, so that every backend does exactly the same work. */
final class Fixtures {
    static final String TABLE = "bench";
    static final String PARTITION_KEY = "pk";
    static final String SORT_KEY = "sk";

    private Fixtures() {}

    /** The table: partition key {@code pk} (S) and sort key {@code sk} (N), on demand, no indexes. */
    static CreateTableRequest table() {
        return CreateTableRequest.builder(TABLE)
                .partitionKey(PARTITION_KEY, ScalarAttributeType.S)
                .sortKey(SORT_KEY, ScalarAttributeType.N)
                .build();
    }

    /** The key of {@link #item()}. */
    static Map<String, AttributeValue> key() {
        return Map.of(PARTITION_KEY, AttributeValue.ofString("customer#0001"), SORT_KEY, AttributeValue.ofNumber(1));
    }

    /**
     * An item of about 200 bytes by DynamoDB's item-size rule (attribute names plus values): the key (19), five
     * scalars (65), a 100-character string (105) and a two-element string set (13).
     */
    static Map<String, AttributeValue> item() {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key());
        item.put("name", AttributeValue.ofString("Ada Lovelace"));
        item.put("email", AttributeValue.ofString("ada@example.com"));
        item.put("status", AttributeValue.ofString("ACTIVE"));
        item.put("visits", AttributeValue.ofNumber(42));
        item.put("verified", AttributeValue.ofBoolean(true));
        item.put("notes", AttributeValue.ofString("0123456789".repeat(10)));
        item.put("tags", AttributeValue.ofStringSet(List.of("admin", "beta")));
        return item;
    }
}
