package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Query or Scan reads: a table, or one of its secondary indexes, as its sorted entries (each
 * an immutable snapshot of a whole item with its size, {@link io.tabletheory.inmemory.internal.item.StoredItem}) in storage order ({@link StorageKey#ORDER}). Gives the key the read's key
 * condition addresses, the attributes of a position (the key, plus the table's key for an index), the
 * LastEvaluatedKey of an entry, and what a read returns of an item (the index's projection).
 *
 * <p>The entries are the storage itself, read without locks: each walk reads the snapshot it started on, never
 * blocks a writer, and every entry seen is a whole item as some write left it.
 */
public final class ReadTarget {
    private final KeySchema tableKey;
    private final Optional<IndexDefinition> index;
    private final SortedEntries entries;
    private final List<KeyAttribute> positionAttributes;

    ReadTarget(KeySchema tableKey, Optional<IndexDefinition> index, SortedEntries entries) {
        this.tableKey = Objects.requireNonNull(tableKey, "tableKey");
        this.index = Objects.requireNonNull(index, "index");
        this.entries = Objects.requireNonNull(entries, "entries");
        List<KeyAttribute> attributes = new ArrayList<>(key().attributes());
        index.ifPresent(definition -> attributes.addAll(tableKey.attributes()));
        this.positionAttributes = List.copyOf(attributes);
    }

    /** The key a key condition addresses: the index's key for an index, else the table's. */
    public KeySchema key() {
        return index.map(IndexDefinition::key).orElse(tableKey);
    }

    /** The table's key. */
    public KeySchema tableKey() {
        return tableKey;
    }

    /** The index read, when this is not the table itself. */
    public Optional<IndexDefinition> index() {
        return index;
    }

    /** The entries in storage order. */
    public SortedEntries entries() {
        return entries;
    }

    /**
     * The attributes that make up a position, in order: the read key's, then (for an index) the table's. These are
     * also the attributes of a LastEvaluatedKey or ExclusiveStartKey, without duplicates.
     */
    public List<KeyAttribute> positionAttributes() {
        return positionAttributes;
    }

    /** The names a LastEvaluatedKey or ExclusiveStartKey holds: the table's key, plus the index's key. */
    public List<String> startKeyAttributes() {
        List<String> names = new ArrayList<>();
        for (KeyAttribute attribute : positionAttributes) {
            if (!names.contains(attribute.name())) {
                names.add(attribute.name());
            }
        }
        return names;
    }

    /** The storage position of an item or of a complete start key. */
    public StorageKey position(Map<String, AttributeValue> keyOrItem) {
        List<AttributeValue> values = new ArrayList<>(positionAttributes.size());
        for (KeyAttribute attribute : positionAttributes) {
            values.add(Objects.requireNonNull(keyOrItem.get(attribute.name()), attribute.name()));
        }
        return StorageKey.entry(values);
    }

    /** The LastEvaluatedKey that resumes a read after {@code item}. */
    public Map<String, AttributeValue> lastEvaluatedKey(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String name : startKeyAttributes()) {
            key.put(name, item.get(name));
        }
        return key;
    }

    /** What a read of this target returns of {@code item} before any ProjectionExpression: the index's share. */
    public Map<String, AttributeValue> returned(Map<String, AttributeValue> item) {
        return index.map(definition -> definition.project(item)).orElse(item);
    }
}
