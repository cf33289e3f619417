package io.tabletheory.engine.internal.read;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.IndexDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a read compiles to: a GetItem of one key, a Query of one partition of the table or an index, or a Scan, each
 * carrying only what it needs. Produced by {@link ReadPlanner}; pure values, tested directly, and dispatched only
 * through {@link Visitor}.
 */
public sealed interface ReadPlan {
    /**
     * Calls the method of {@code visitor} that handles this kind of read; a new kind then fails to compile wherever
     * reads are handled.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on read plans, one method per kind, called by {@link #accept}; deliberately without defaults.
     *
     * @param <R> what the operation returns
     */
    interface Visitor<R> {
        /** Handles a GetItem. */
        R visitGetItem(GetItem plan);

        /** Handles a Query. */
        R visitQuery(Query plan);

        /** Handles a Scan. */
        R visitScan(Scan plan);
    }

    /**
     * A GetItem of one full primary key.
     *
     * @param key the key, in the model's key order
     */
    record GetItem(Map<String, AttributeValue> key) implements ReadPlan {
        public GetItem {
            key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitGetItem(this);
        }
    }

    /**
     * A Query of one partition of the table or an index.
     *
     * @param index the index read, when not the table
     * @param keyCondition the KeyConditionExpression
     * @param filter the FilterExpression, when any condition is not a key condition
     * @param pageKeyFields the attributes of a page's LastEvaluatedKey: the table key plus the index key
     */
    record Query(
            Optional<IndexDefinition> index,
            Condition keyCondition,
            Optional<Condition> filter,
            List<FieldMapping> pageKeyFields)
            implements ReadPlan {
        public Query {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(keyCondition, "keyCondition");
            Objects.requireNonNull(filter, "filter");
            pageKeyFields = List.copyOf(pageKeyFields);
        }

        /** The index name, when an index is read. */
        public Optional<String> indexName() {
            return index.map(IndexDefinition::name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitQuery(this);
        }
    }

    /**
     * A Scan of the table or an index, every condition in the filter.
     *
     * @param index the index read, when not the table
     * @param filter the FilterExpression, when there are conditions
     * @param pageKeyFields the attributes of a page's LastEvaluatedKey: the table key plus the index key
     */
    record Scan(Optional<IndexDefinition> index, Optional<Condition> filter, List<FieldMapping> pageKeyFields)
            implements ReadPlan {
        public Scan {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(filter, "filter");
            pageKeyFields = List.copyOf(pageKeyFields);
        }

        /** The index name, when an index is read. */
        public Optional<String> indexName() {
            return index.map(IndexDefinition::name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitScan(this);
        }
    }
}
