package io.tabletheory.bench;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.api.value.AttributeValue.NumberValue;
import io.tabletheory.api.value.AttributeValue.StringValue;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The floor of the in-process benchmarks ({@link Backend#SKIP_LIST_MAP}, {@link Backend#HASH_MAP}): a map of tables
 * by name, each a map of items by their key values, holding {@link Fixtures}' item. A put takes the key values out
 * of the item by the key's attribute names and stores the item under them; a get takes them out of the key and looks
 * the item up. Nothing else: no validation, no copy, no size, no lock, no result object.
 */
final class RawMapStore implements Backend.Running {
    /** Which maps hold the tables and the items. */
    enum Kind {
        /** {@code ConcurrentSkipListMap}s, items ordered by partition key then sort key, as the emulator orders them. */
        SKIP_LIST,
        /** {@code HashMap}s, items by the list of key values (their records' equality). */
        HASH
    }

    /** Partition key (an S) first, then sort key (an N, by value): the order of one partition in a table. */
    private static final Comparator<List<AttributeValue>> KEY_ORDER =
            Comparator.<List<AttributeValue>, String>comparing(key -> ((StringValue) key.get(0)).value())
                    .thenComparing(key -> (NumberValue) key.get(1));

    private final Kind kind;
    private final Map<String, Map<List<AttributeValue>, Map<String, AttributeValue>>> tables;
    private final Map<String, AttributeValue> item = Fixtures.item();
    private final Map<String, AttributeValue> key = Fixtures.key();

    RawMapStore(Kind kind) {
        this.kind = kind;
        this.tables = kind == Kind.SKIP_LIST ? new ConcurrentSkipListMap<>() : new HashMap<>();
    }

    @Override
    public Object createTable() {
        Map<List<AttributeValue>, Map<String, AttributeValue>> items =
                kind == Kind.SKIP_LIST ? new ConcurrentSkipListMap<>(KEY_ORDER) : new HashMap<>();
        if (tables.putIfAbsent(Fixtures.TABLE, items) != null) {
            throw new IllegalStateException("table " + Fixtures.TABLE + " exists already");
        }
        return items;
    }

    @Override
    public Object putItem() {
        return tables.get(Fixtures.TABLE).put(keyValues(item), item);
    }

    @Override
    public Object getItem() {
        return tables.get(Fixtures.TABLE).get(keyValues(key));
    }

    /** The values of the table's key attributes, partition key first. */
    private static List<AttributeValue> keyValues(Map<String, AttributeValue> attributes) {
        return List.of(attributes.get(Fixtures.PARTITION_KEY), attributes.get(Fixtures.SORT_KEY));
    }
}
