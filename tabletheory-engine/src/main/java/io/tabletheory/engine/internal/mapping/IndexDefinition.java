package io.tabletheory.engine.internal.mapping;

import java.util.Optional;

/**
 * A secondary index declared by a model's annotations.
 *
 * @param name the index name
 * @param global true for a global index, false for a local one
 * @param partitionKey the index's partition key field (for a local index, the table's)
 * @param sortKey the index's sort key field, when it has one
 */
public record IndexDefinition(String name, boolean global, FieldMapping partitionKey, Optional<FieldMapping> sortKey) {}
