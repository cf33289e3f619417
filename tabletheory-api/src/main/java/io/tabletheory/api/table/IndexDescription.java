package io.tabletheory.api.table;

import java.util.Objects;
import java.util.Optional;

/**
 * What DescribeTable reports about one secondary index beyond its definition ({@link SecondaryIndex}): its state,
 * size and, for a global index on a provisioned table, its throughput.
 *
 * @param indexName the index
 * @param indexStatus its state; a local index is always {@link IndexStatus#ACTIVE}
 * @param backfilling true while a global index created on an existing table is still being filled from its items
 * @param itemCount the number of items in the index
 * @param indexSizeBytes the total size of the items in the index, in bytes
 * @param provisionedThroughput a global index's provisioned throughput; empty for on-demand tables and local indexes
 */
public record IndexDescription(
        String indexName,
        IndexStatus indexStatus,
        boolean backfilling,
        long itemCount,
        long indexSizeBytes,
        Optional<ProvisionedThroughput> provisionedThroughput) {
    public IndexDescription {
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(indexStatus, "indexStatus");
        provisionedThroughput = provisionedThroughput == null ? Optional.empty() : provisionedThroughput;
    }

    /** An ACTIVE index with these counts and no throughput of its own. */
    public static IndexDescription active(String indexName, long itemCount, long indexSizeBytes) {
        return new IndexDescription(indexName, IndexStatus.ACTIVE, false, itemCount, indexSizeBytes, Optional.empty());
    }
}
