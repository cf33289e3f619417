package io.tabletheory.engine.internal.batch;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.write.WriteConditions;
import io.tabletheory.engine.internal.write.WritePlan;
import io.tabletheory.engine.internal.write.WritePlans;
import java.time.Instant;
import java.util.Map;

/**
 * Turns one model object into one batch write through {@link WritePlans}, so that a batch put carries exactly the
 * attributes a create writes (version 0, both timestamps now) and a batch delete the key a delete uses.
 */
public final class BatchWrites {
    private BatchWrites() {}

    /** A put of {@code item}, with its lifecycle fields set for {@code now}. */
    public static <T> BatchWriteEntry put(ModelSchema<T> schema, T item, Instant now) {
        WritePlan.Put plan = WritePlans.create(schema, item, WriteConditions.none(), now);
        return new BatchWriteEntry(plan.tableName(), plan.key(), plan.batchRequest(), item);
    }

    /** A delete of {@code key}'s primary key (no version check: a batch write cannot be conditional). */
    public static <T> BatchWriteEntry delete(ModelSchema<T> schema, T key, String operation) {
        Map<String, AttributeValue> primaryKey = WritePlans.keyOf(schema, key, operation);
        WritePlan.Delete plan = WritePlans.deleteKey(schema, primaryKey, WriteConditions.none());
        return new BatchWriteEntry(plan.tableName(), plan.key(), plan.batchRequest(), key);
    }
}
