package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/** One write of a BatchWriteItem: a whole-item put or a delete by key. Batch writes cannot be conditional. */
public sealed interface WriteRequest {
    /** A put of a whole item. */
    record Put(Map<String, AttributeValue> item) implements WriteRequest {
        public Put {
            item = Immutables.orderedMap(item, "item");
        }
    }

    /** A delete by full primary key. */
    record Delete(Map<String, AttributeValue> key) implements WriteRequest {
        public Delete {
            key = Immutables.orderedMap(key, "key");
        }
    }
}
