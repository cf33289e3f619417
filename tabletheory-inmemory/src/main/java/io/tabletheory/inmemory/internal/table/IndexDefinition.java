package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.SecondaryIndex;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A secondary index as the storage and the reads use it, resolved once from the validated table definition: its
 * name, whether it is global, its key (typed), the table's key, and which attributes it projects. Knows how to
 * place an item in the index ({@link #storageKey}: empty when the item lacks an index key attribute, so the index
 * is sparse) and what an index read returns of an item ({@link #project}).
 *
 * @param name the index name
 * @param global true for a GSI, false for an LSI
 * @param key the index's partition and sort key
 * @param tableKey the table's key, part of every index entry
 * @param projectionType KEYS_ONLY, INCLUDE or ALL
 * @param projected the attributes an index entry holds, unless the projection is ALL: the index and table key
 *     attributes, plus the INCLUDE attributes
 */
public record IndexDefinition(
        String name,
        boolean global,
        KeySchema key,
        KeySchema tableKey,
        ProjectionType projectionType,
        Set<String> projected) {
    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tableKey, "tableKey");
        Objects.requireNonNull(projectionType, "projectionType");
        projected = Set.copyOf(projected);
    }

    /** The global then local indexes of a validated table definition. */
    public static List<IndexDefinition> of(TableDescription description, KeySchema tableKey) {
        List<IndexDefinition> indexes = new ArrayList<>();
        description.globalSecondaryIndexes().forEach(index -> indexes.add(of(description, tableKey, index, true)));
        description.localSecondaryIndexes().forEach(index -> indexes.add(of(description, tableKey, index, false)));
        return List.copyOf(indexes);
    }

    private static IndexDefinition of(
            TableDescription description, KeySchema tableKey, SecondaryIndex index, boolean global) {
        KeySchema key = KeySchema.of(description, index.partitionKey().orElseThrow(), index.sortKey());
        Set<String> projected = new LinkedHashSet<>();
        key.attributes().forEach(attribute -> projected.add(attribute.name()));
        tableKey.attributes().forEach(attribute -> projected.add(attribute.name()));
        if (index.projection().projectionType() == ProjectionType.INCLUDE) {
            projected.addAll(index.projection().nonKeyAttributes());
        }
        return new IndexDefinition(
                index.indexName(), global, key, tableKey, index.projection().projectionType(), projected);
    }

    /** Where {@code item} sits in this index, or empty when it lacks an index key attribute. */
    public Optional<StorageKey> storageKey(Map<String, AttributeValue> item) {
        AttributeValue partition = item.get(key.partition().name());
        AttributeValue sort = key.sort().isPresent() ? item.get(key.sort().get().name()) : null;
        if (partition == null || (sort == null && key.sort().isPresent())) {
            return Optional.empty();
        }
        AttributeValue tablePartition = item.get(tableKey.partition().name());
        AttributeValue tableSort =
                tableKey.sort().isPresent() ? item.get(tableKey.sort().get().name()) : null;
        // The index's key values, then the table's, without a list between them: this runs for every index on every
        // write.
        return Optional.of(
                sort == null
                        ? StorageKey.entry(partition, tablePartition, tableSort, null)
                        : StorageKey.entry(partition, sort, tablePartition, tableSort));
    }

    /** Whether an index read can return {@code attribute} without going back to the table. */
    public boolean projects(String attribute) {
        return projectionType == ProjectionType.ALL || projected.contains(attribute);
    }

    /** The part of {@code item} this index holds. */
    public Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
        if (projectionType == ProjectionType.ALL) {
            return item;
        }
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            if (projected.contains(name)) {
                result.put(name, value);
            }
        });
        return result;
    }
}
