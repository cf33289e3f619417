package io.tabletheory.engine.internal.query;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.expression.Condition;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.IndexDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a read compiles to: a GetItem of one key, a Query of one partition of the table or an index, or a Scan; with
 * the key condition and the filter split apart. Produced by {@link QueryPlanner}; a pure value, tested directly.
 *
 * @param kind the DynamoDB operation
 * @param index the index read, when not the table
 * @param key the full primary key, for a GetItem
 * @param keyCondition the KeyConditionExpression, for a Query
 * @param filter the FilterExpression, when any condition is not a key condition
 * @param pageKeyFields the attributes of a page's LastEvaluatedKey: the table key plus the index key
 */
public record QueryPlan(
        Kind kind,
        Optional<IndexDefinition> index,
        Map<String, AttributeValue> key,
        Optional<Condition> keyCondition,
        Optional<Condition> filter,
        List<FieldMapping> pageKeyFields) {

    /** The DynamoDB operation a read uses. */
    public enum Kind {
        GET_ITEM,
        QUERY,
        SCAN
    }

    public QueryPlan {
        key = Map.copyOf(key);
        pageKeyFields = List.copyOf(pageKeyFields);
    }

    /** The index name, when an index is read. */
    public Optional<String> indexName() {
        return index.map(IndexDefinition::name);
    }
}
