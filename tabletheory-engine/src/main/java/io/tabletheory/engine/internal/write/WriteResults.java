package io.tabletheory.engine.internal.write;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.lifecycle.Lifecycle;
import io.tabletheory.engine.internal.mapping.FieldMapping;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The second step of a write: the instance a write returns, built from what was sent and what the store answered.
 * For a record it is a new record; for a mutable bean the same values are also set on the object passed in.
 */
public final class WriteResults {
    private WriteResults() {}

    /** The created item: {@code item} with the lifecycle values its create wrote at {@code now}. */
    public static <T> T created(ModelSchema<T> schema, T item, Instant now) {
        return schema.mapping().with(item, Lifecycle.created(schema, now));
    }

    /** The updated item: the stored attributes the update returned, read back (and copied onto a bean). */
    static <T> T updated(ModelSchema<T> schema, T item, Map<String, AttributeValue> stored) {
        T read = schema.mapping().read(stored);
        if (schema.mapping().isRecord()) {
            return read;
        }
        Map<FieldMapping, Object> values = new LinkedHashMap<>();
        schema.mapping().fields().forEach(field -> values.put(field, field.get(read)));
        return schema.mapping().with(item, values);
    }
}
