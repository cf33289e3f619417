package io.tabletheory.engine.internal.batch;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One key of a batch get: the primary key read and the object the caller passed for it, handed back when the key
 * could not be read.
 *
 * @param key the primary key, in the model's key order
 * @param source the caller's object
 */
public record BatchKey(Map<String, AttributeValue> key, Object source) {
    public BatchKey {
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        Objects.requireNonNull(source, "source");
    }
}
