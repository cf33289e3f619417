package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import java.util.Collection;
import java.util.Map;

/**
 * The limits every stored item obeys whatever its table: at most 32 levels of nested maps and lists, and at most
 * 400 KB by {@link ItemSize}. Checked on the way into a table: PutItem's item, and UpdateItem's result.
 */
public final class ItemLimits {
    /** The deepest nesting of M and L values DynamoDB stores. */
    public static final int MAX_NESTING_LEVELS = 32;

    private ItemLimits() {}

    /**
     * Checks nesting, then size, of an item about to be written by PutItem.
     *
     * @throws ValidationException with DynamoDB's message when a limit is exceeded
     */
    public static void checkPut(Map<String, AttributeValue> item) {
        checkNesting(item);
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size has exceeded the maximum allowed size");
        }
    }

    /**
     * Checks nesting, then size, of the item an UpdateItem produced: the same 32 levels as PutItem (the item
     * counts as the first), reported with the shorter message DynamoDB Local gives for updates.
     *
     * @throws ValidationException with DynamoDB's message when a limit is exceeded
     */
    public static void checkUpdate(Map<String, AttributeValue> item) {
        for (AttributeValue value : item.values()) {
            if (depth(value) >= MAX_NESTING_LEVELS) {
                throw new ValidationException("Nesting Levels have exceeded supported limits");
            }
        }
        if (ItemSize.of(item) > ItemSize.MAX_ITEM_BYTES) {
            throw new ValidationException("Item size to update has exceeded the maximum allowed size");
        }
    }

    /**
     * Rejects an item nested more than 32 levels deep, counting the item itself as the first level: an attribute
     * may hold 31 levels of maps and lists (DynamoDB Local, the oracle, stores 31 nested lists and refuses 32).
     */
    public static void checkNesting(Map<String, AttributeValue> item) {
        for (AttributeValue value : item.values()) {
            if (1 + depth(value) > MAX_NESTING_LEVELS) {
                throw new ValidationException("Nesting Levels have exceeded supported limits: "
                        + "Attributes in the item have nested levels beyond supported limit");
            }
        }
    }

    /**
     * The nesting depth of a value: 0 for a scalar or set, 1 + the deepest element for M and L. Dispatches on the
     * type first, so a scalar (most attributes) costs one call on this per-write path.
     */
    static int depth(AttributeValue value) {
        return switch (value.type()) {
            case M -> 1 + deepest(CollectionViews.map(value).values().values());
            case L -> 1 + deepest(CollectionViews.list(value).values());
            case S, N, B, SS, NS, BS, NULL, BOOL -> 0;
        };
    }

    private static int deepest(Collection<AttributeValue> elements) {
        int deepest = 0;
        for (AttributeValue element : elements) {
            deepest = Math.max(deepest, depth(element));
        }
        return deepest;
    }
}
