package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * An item as the emulator's storage holds it: the item as an immutable map, and its size by DynamoDB's rule ({@link
 * ItemSize}), computed once when the item is stored. The map is the api's own immutable, order-keeping copy (the one
 * every request and result record holds), so an item that came in a request is stored without a copy and goes out
 * in a result without one; the 1 MB page rule, the table's size and the index sizes read {@link #sizeBytes} instead
 * of walking the item's values again.
 *
 * @param item the item, immutable
 * @param sizeBytes its size in bytes by DynamoDB's rule
 */
public record StoredItem(Map<String, AttributeValue> item, long sizeBytes) {
    public StoredItem {
        Objects.requireNonNull(item, "item");
    }

    /** {@code item} stored: the api's immutable copy of it (itself when it is one already) and its size. */
    public static StoredItem of(Map<String, AttributeValue> item) {
        // A MapValue holds the api's immutable, order-keeping copy of its entries, and takes an item that is already
        // such a copy as it is: the one way to reach that copy from outside the api.
        Map<String, AttributeValue> frozen = AttributeValue.ofMap(item).values();
        return new StoredItem(frozen, ItemSize.of(frozen));
    }
}
