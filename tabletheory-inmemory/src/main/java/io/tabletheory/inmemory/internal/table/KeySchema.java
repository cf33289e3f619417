package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.TableDescription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key (of a table or of a secondary index) as the storage, key validation and key conditions use it: the
 * partition key and the optional sort key, each with its type, resolved once from the validated table definition.
 * A value: two schemas are equal when their attributes are. Holds its list of attributes, which every write reads,
 * rather than building it per call.
 */
public final class KeySchema {
    private final KeyAttribute partition;
    private final Optional<KeyAttribute> sort;
    private final List<KeyAttribute> attributes;

    /** The key of this partition (HASH) key and, when the key has one, this sort (RANGE) key. */
    public KeySchema(KeyAttribute partition, Optional<KeyAttribute> sort) {
        this.partition = Objects.requireNonNull(partition, "partition");
        this.sort = Objects.requireNonNull(sort, "sort");
        this.attributes = sort.isPresent() ? List.of(partition, sort.get()) : List.of(partition);
    }

    /** The partition (HASH) key. */
    public KeyAttribute partition() {
        return partition;
    }

    /** The sort (RANGE) key, when the key has one. */
    public Optional<KeyAttribute> sort() {
        return sort;
    }

    /** The table's key schema in a validated table description. */
    public static KeySchema of(TableDescription description) {
        return of(description, description.partitionKey(), description.sortKey());
    }

    /** The key made of these attributes of a validated table description (a table's or an index's). */
    public static KeySchema of(TableDescription description, String partition, Optional<String> sort) {
        return new KeySchema(attribute(description, partition), sort.map(name -> attribute(description, name)));
    }

    private static KeyAttribute attribute(TableDescription description, String name) {
        return new KeyAttribute(
                name,
                description
                        .attributeType(name)
                        .orElseThrow(() -> new IllegalStateException("undefined key attribute " + name)));
    }

    /** The key attributes, partition key first. */
    public List<KeyAttribute> attributes() {
        return attributes;
    }

    /** Whether {@code name} is one of the key attributes. */
    public boolean contains(String name) {
        return partition.name().equals(name)
                || (sort.isPresent() && sort.get().name().equals(name));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySchema schema && schema.partition.equals(partition) && schema.sort.equals(sort);
    }

    @Override
    public int hashCode() {
        return 31 * partition.hashCode() + sort.hashCode();
    }

    @Override
    public String toString() {
        return "KeySchema[partition=" + partition + ", sort=" + sort + "]";
    }
}
