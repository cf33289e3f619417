package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import java.util.Collection;
import java.util.Map;

/**
 * The limits every stored item obeys whatever its table: attribute names of at most 65535 UTF-8 bytes, at most 32
 * levels of nested maps and lists, and at most 400 KB by {@link ItemSize}. Checked on the way into a table: PutItem's
 * item, and UpdateItem's result. Measuring nesting stops one level past the limit, so a value nested thousands of
 * levels deep costs no more stack than one nested 33.
 */
public final class ItemLimits {
    /** The deepest nesting of M and L values DynamoDB stores. */
    public static final int MAX_NESTING_LEVELS = 32;

    /** The longest attribute name DynamoDB stores, in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 65_535;

    private ItemLimits() {}

    /**
     * Checks nesting, then size, of an item about to be written by PutItem.
     *
     * @throws ValidationException with DynamoDB's message when a limit is exceeded
     */
    public static void checkPut(Map<String, AttributeValue> item) {
        checkNames(item);
        checkNesting(item);
        checkPutSize(ItemSize.of(item));
    }

    /**
     * {@link #checkPut}, returning the item as the storage holds it: checked and sized once, so the write that
     * stores it does not size it again.
     *
     * @throws ValidationException with DynamoDB's message when a limit is exceeded
     */
    public static StoredItem checkedPut(Map<String, AttributeValue> item) {
        checkNames(item);
        checkNesting(item);
        StoredItem stored = StoredItem.of(item);
        checkPutSize(stored.sizeBytes());
        return stored;
    }

    private static void checkPutSize(long sizeBytes) {
        if (sizeBytes > ItemSize.MAX_ITEM_BYTES) {
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
        checkNames(item);
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
     * Rejects an attribute name longer than 65535 UTF-8 bytes, with DynamoDB's message.
     *
     * @throws ValidationException when a name is too long
     */
    public static void checkNames(Map<String, AttributeValue> item) {
        for (String name : item.keySet()) {
            // A char is at most three UTF-8 bytes, so only names of more than 21845 chars need counting.
            if (name.length() > MAX_NAME_BYTES / 3 && utf8Length(name) > MAX_NAME_BYTES) {
                throw new ValidationException("One or more parameter values were invalid: "
                        + "Attribute name is too large, must be less than 65536 bytes");
            }
        }
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                index++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * The nesting depth of a value, counted no further than one level past the limit: 0 for a scalar or set, 1 + the
     * deepest element for M and L. Dispatches on the type first, so a scalar (most attributes) costs one call on this
     * per-write path.
     */
    static int depth(AttributeValue value) {
        return depth(value, 0);
    }

    private static int depth(AttributeValue value, int above) {
        if (above > MAX_NESTING_LEVELS) {
            return 0;
        }
        return switch (value.type()) {
            case M -> 1 + deepest(CollectionViews.map(value).values().values(), above + 1);
            case L -> 1 + deepest(CollectionViews.list(value).values(), above + 1);
            case S, N, B, SS, NS, BS, NULL, BOOL -> 0;
        };
    }

    private static int deepest(Collection<AttributeValue> elements, int above) {
        int deepest = 0;
        for (AttributeValue element : elements) {
            deepest = Math.max(deepest, depth(element, above));
        }
        return deepest;
    }
}
