package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.TableDescription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table's primary key as the storage and key validation use it: the partition key and the optional sort key,
 * each with its type, resolved once from the validated table definition.
 *
 * @param partition the partition (HASH) key
 * @param sort the sort (RANGE) key, when the table has one
 */
public record KeySchema(KeyAttribute partition, Optional<KeyAttribute> sort) {
    public KeySchema {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
    }

    /** The key schema of a validated table description. */
    public static KeySchema of(TableDescription description) {
        KeyAttribute partition = attribute(description, description.partitionKey());
        Optional<KeyAttribute> sort = description.sortKey().map(name -> attribute(description, name));
        return new KeySchema(partition, sort);
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
        return sort.map(s -> List.of(partition, s)).orElseGet(() -> List.of(partition));
    }
}
