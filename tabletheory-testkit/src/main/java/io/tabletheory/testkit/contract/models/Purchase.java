package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.IndexPartitionKey;
import io.tabletheory.annotation.IndexSortKey;
import io.tabletheory.annotation.LocalIndexSortKey;
import io.tabletheory.annotation.OmitEmpty;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The contract's query model: a sort key, a local index, a global index with a sort key, counters and lists. */
@Table("tt-contract-purchases")
public record Purchase(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @LocalIndexSortKey("by-date") String placedOn,
        @IndexPartitionKey("by-status") String status,
        @IndexSortKey("by-status") BigDecimal total,
        @OmitEmpty String note,
        @OmitEmpty Set<String> tags,
        List<String> lines,
        int views,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {

    /** A purchase with the fields queries use, and nothing else. */
    public static Purchase of(String customerId, String orderId, String placedOn, String status, int total) {
        return new Purchase(
                customerId,
                orderId,
                placedOn,
                status,
                BigDecimal.valueOf(total),
                null,
                Set.of(),
                List.of(),
                0,
                0,
                null,
                null);
    }
}
