package io.tabletheory.integration.differential;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.Projection;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one table every differential sequence runs against: {@code pk} (S) and {@code sk} (N), a global index {@code
 * byG} on {@code g} (S) and {@code gs} (N) projecting everything, and a local index {@code byLs} on {@code ls} (S)
 * that includes only {@code a}. Its key space is deliberately tiny, so that random operations keep hitting the same
 * items.
 */
final class Schema {
    static final String PK = "pk";
    static final String SK = "sk";
    static final String GSI = "byG";
    static final String GSI_PK = "g";
    static final String GSI_SK = "gs";
    static final String LSI = "byLs";
    static final String LSI_SK = "ls";
    static final String INCLUDED = "a";

    /** The non-key attributes the generators write and read. */
    static final List<String> PLAIN_ATTRIBUTES = List.of("a", "b", "c", "m", "l");

    /** Partition key values. */
    static final List<String> PARTITIONS = List.of("p0", "p1", "p2");

    /** Sort key values. */
    static final List<Integer> SORTS = List.of(0, 1, 2, 3);

    /** Values of the global index's partition key. */
    static final List<String> GSI_PARTITIONS = List.of("x", "y");

    /** Values of the index sort keys ({@code gs} numbers, {@code ls} strings). */
    static final List<Integer> GSI_SORTS = List.of(1, 2, 3);

    static final List<String> LSI_SORTS = List.of("l", "la", "lb", "m");

    /** The table name the generators write into requests; the runner substitutes the real one. */
    static final String PLACEHOLDER_TABLE = "differential";

    private Schema() {}

    /** A fresh table name for one run of one sequence on one backend. */
    static String uniqueTableName() {
        return "tt-diff-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The CreateTable request of the schema, under {@code name}. */
    static CreateTableRequest createTable(String name) {
        return CreateTableRequest.builder(name)
                .partitionKey(PK, ScalarAttributeType.S)
                .sortKey(SK, ScalarAttributeType.N)
                .globalSecondaryIndex(
                        GSI, GSI_PK, ScalarAttributeType.S, GSI_SK, ScalarAttributeType.N, Projection.all())
                .localSecondaryIndex(LSI, LSI_SK, ScalarAttributeType.S, Projection.include(List.of(INCLUDED)))
                .build();
    }

    /** A primary key of the schema. */
    static Map<String, AttributeValue> key(String partition, int sort) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(PK, AttributeValue.ofString(partition));
        key.put(SK, AttributeValue.ofNumber(sort));
        return Collections.unmodifiableMap(key);
    }
}
