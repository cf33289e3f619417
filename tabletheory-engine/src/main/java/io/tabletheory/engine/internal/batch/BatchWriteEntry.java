package io.tabletheory.engine.internal.batch;

import io.tabletheory.api.request.WriteRequest;
import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One write of a batch: the table, the primary key written, the BatchWriteItem request (from a write plan) and the
 * object the caller passed, handed back when the write could not be applied.
 *
 * @param tableName the table written
 * @param key the primary key of the item written or deleted
 * @param request the put or delete
 * @param source the caller's object
 */
public record BatchWriteEntry(String tableName, Map<String, AttributeValue> key, WriteRequest request, Object source) {
    public BatchWriteEntry {
        Objects.requireNonNull(tableName, "tableName");
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(source, "source");
    }
}
