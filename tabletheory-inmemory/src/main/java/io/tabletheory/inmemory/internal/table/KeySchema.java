package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.TableDescription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key (of a table or of a secondary index) as the storage, key validation and key conditions use it: the
 * partition key and the optional sort key, each with its type, resolved once from the validated table definition.
 *
 * @param partition the partition (HASH) key
 * @param sort the sort (RANGE) key, when the key has one
 */
public record KeySchema(KeyAttribute partition, Optional<KeyAttribute> sort) {
    public KeySchema {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
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
        return sort.isPresent() ? List.of(partition, sort.get()) : List.of(partition);
    }

    /** Whether {@code name} is one of the key attributes. */
    public boolean contains(String name) {
        return partition.name().equals(name)
                || (sort.isPresent() && sort.get().name().equals(name));
    }
}
