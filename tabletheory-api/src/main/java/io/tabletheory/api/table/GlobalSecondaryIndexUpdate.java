package io.tabletheory.api.table;

import java.util.Objects;
import java.util.Optional;

/**
 * One change to a table's global secondary indexes in an UpdateTable request: create an index (DynamoDB backfills it
 * from the table's items, then makes it ACTIVE), change a provisioned index's throughput, or delete an index.
 * DynamoDB accepts one create or delete per request. Dispatch with {@link #accept}.
 */
public sealed interface GlobalSecondaryIndexUpdate
        permits GlobalSecondaryIndexUpdate.Create,
                GlobalSecondaryIndexUpdate.Update,
                GlobalSecondaryIndexUpdate.Delete {

    /** The index the change applies to. */
    String indexName();

    /** Calls the visitor's method for this kind of change. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change. */
    interface Visitor<R> {
        /** A new index. */
        R create(Create create);

        /** New throughput for an existing index. */
        R update(Update update);

        /** Removal of an index. */
        R delete(Delete delete);
    }

    /**
     * Creates a global index. Its key attributes must be defined in the request's attribute definitions.
     *
     * @param index the new index's name, key schema and projection
     * @param provisionedThroughput its throughput; required on a PROVISIONED table, refused on an on-demand one
     */
    record Create(SecondaryIndex index, Optional<ProvisionedThroughput> provisionedThroughput)
            implements GlobalSecondaryIndexUpdate {
        public Create {
            Objects.requireNonNull(index, "index");
            provisionedThroughput = provisionedThroughput == null ? Optional.empty() : provisionedThroughput;
        }

        @Override
        public String indexName() {
            return index.indexName();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.create(this);
        }
    }

    /**
     * Changes a global index's provisioned throughput.
     *
     * @param indexName an existing global index
     * @param provisionedThroughput its new throughput
     */
    record Update(String indexName, ProvisionedThroughput provisionedThroughput) implements GlobalSecondaryIndexUpdate {
        public Update {
            Objects.requireNonNull(indexName, "indexName");
            Objects.requireNonNull(provisionedThroughput, "provisionedThroughput");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.update(this);
        }
    }

    /**
     * Deletes a global index.
     *
     * @param indexName an existing global index
     */
    record Delete(String indexName) implements GlobalSecondaryIndexUpdate {
        public Delete {
            Objects.requireNonNull(indexName, "indexName");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.delete(this);
        }
    }
}
