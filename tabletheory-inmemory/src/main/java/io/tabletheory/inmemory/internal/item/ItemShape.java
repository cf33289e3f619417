package io.tabletheory.inmemory.internal.item;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The attribute names of a {@link StoredItem}, in the item's order, with a small hash table from name to position.
 * Items with the same names in the same order (most items of a table) share one shape, found through a bounded
 * cache ({@link #of}), so a stored item holds no names of its own: the names are interned once per shape. A shape
 * is immutable; two equal shapes (a cache slot lost to another) behave alike.
 */
final class ItemShape {
    /** Cache slots: a power of two, more than the distinct name lists of any test or benchmark. */
    private static final int CACHE_SLOTS = 4096;

    private static final AtomicReferenceArray<ItemShape> CACHE = new AtomicReferenceArray<>(CACHE_SLOTS);

    private final String[] names;
    private final int namesHash;
    /** Open addressing: position + 1 of the name whose hash lands in the slot or after it, 0 for an empty slot. */
    private final int[] slots;

    private ItemShape(String[] names, int namesHash) {
        this.names = names;
        this.namesHash = namesHash;
        int capacity = Integer.highestOneBit(Math.max(2, names.length) * 2 - 1) << 1;
        this.slots = new int[capacity];
        for (int position = 0; position < names.length; position++) {
            int slot = spread(names[position].hashCode()) & (capacity - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = position + 1;
        }
    }

    /**
     * The shape of these names, in this order: a cached one when it matches, else a new one that takes {@code names}
     * (the caller must not change the array afterwards).
     */
    static ItemShape of(String[] names) {
        int hash = hash(names);
        int slot = hash & (CACHE_SLOTS - 1);
        ItemShape cached = CACHE.get(slot);
        if (cached != null && cached.namesHash == hash && cached.matches(names)) {
            return cached;
        }
        ItemShape shape = new ItemShape(names, hash);
        CACHE.set(slot, shape);
        return shape;
    }

    /** The position of {@code name}, or -1 when the shape lacks it. */
    int indexOf(Object name) {
        if (!(name instanceof String wanted)) {
            return -1;
        }
        int mask = slots.length - 1;
        int slot = spread(wanted.hashCode()) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            String candidate = names[entry - 1];
            if (candidate == wanted || candidate.equals(wanted)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return names.length;
    }

    String name(int position) {
        return names[position];
    }

    private boolean matches(String[] other) {
        if (other.length != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] != other[i] && !names[i].equals(other[i])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String[] names) {
        return spread(Arrays.hashCode(names));
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
