package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;

/** One write of a BatchWriteItem: a whole-item put or a delete by key. Batch writes cannot be conditional. */
public sealed interface WriteRequest {
    /**
     * Calls the method of {@code visitor} for this kind of write and returns its result; a new kind of write then
     * fails to compile wherever writes are handled.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on batch writes, one method per kind, called by {@link #accept}.
     *
     * @param <R> what the operation returns
     */
    interface Visitor<R> {
        /** Handles a put. */
        R visitPut(Put put);

        /** Handles a delete. */
        R visitDelete(Delete delete);
    }

    /** A put of a whole item. */
    record Put(Map<String, AttributeValue> item) implements WriteRequest {
        public Put {
            item = Immutables.orderedMap(item, "item");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPut(this);
        }
    }

    /** A delete by full primary key. */
    record Delete(Map<String, AttributeValue> key) implements WriteRequest {
        public Delete {
            key = Immutables.orderedMap(key, "key");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }
}
