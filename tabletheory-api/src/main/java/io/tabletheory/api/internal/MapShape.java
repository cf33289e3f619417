package io.tabletheory.api.internal;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The keys of a {@link FrozenMap}, in the map's order, with a small hash table from key to position. Maps with the
 * same keys in the same order (the items of one table, the requests of one kind) share one shape, found through a
 * bounded cache ({@link #of}), so a frozen map holds no keys of its own and each list of keys is held once. A shape
 * is immutable; two equal shapes (when a cache slot was taken over by another) behave alike.
 */
final class MapShape {
    /** Cache slots: a power of two, more than the distinct key lists of any test or benchmark. */
    private static final int CACHE_SLOTS = 4096;

    private static final AtomicReferenceArray<MapShape> CACHE = new AtomicReferenceArray<>(CACHE_SLOTS);

    private final Object[] keys;
    private final int keysHash;
    /** Open addressing: position + 1 of the key whose hash lands in the slot or before it, 0 for an empty slot. */
    private final int[] slots;

    private MapShape(Object[] keys, int keysHash, int[] slots) {
        this.keys = keys;
        this.keysHash = keysHash;
        this.slots = slots;
    }

    /**
     * The shape of these distinct, non-null keys in this order: a cached one when it matches, else a new one that
     * takes {@code keys} (the caller must not change the array afterwards).
     *
     * @throws IllegalArgumentException when a key repeats
     */
    static MapShape of(Object[] keys) {
        MapShape shape = ofDistinct(keys);
        if (shape == null) {
            throw new IllegalArgumentException("a map's keys repeat: " + Arrays.toString(keys));
        }
        return shape;
    }

    /**
     * The shape of these non-null keys in this order, as {@link #of}, or {@code null} when a key repeats: a cached
     * shape matches only distinct keys, and a new one finds a repeat while it fills its hash table, so checking costs
     * nothing beyond building the shape.
     */
    static MapShape ofDistinct(Object[] keys) {
        int hash = spread(Arrays.hashCode(keys));
        int cacheSlot = hash & (CACHE_SLOTS - 1);
        MapShape cached = CACHE.get(cacheSlot);
        if (cached != null && cached.keysHash == hash && cached.matches(keys)) {
            return cached;
        }
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
        int[] slots = new int[capacity];
        for (int position = 0; position < keys.length; position++) {
            int slot = spread(keys[position].hashCode()) & (capacity - 1);
            while (slots[slot] != 0) {
                if (keys[slots[slot] - 1].equals(keys[position])) {
                    return null;
                }
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = position + 1;
        }
        MapShape shape = new MapShape(keys, hash, slots);
        CACHE.set(cacheSlot, shape);
        return shape;
    }

    /** The position of {@code key}, or -1 when the shape lacks it. */
    int indexOf(Object key) {
        if (key == null) {
            return -1;
        }
        int mask = slots.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            Object candidate = keys[entry - 1];
            if (candidate == key || candidate.equals(key)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        return keys.length;
    }

    Object key(int position) {
        return keys[position];
    }

    private boolean matches(Object[] other) {
        if (other.length != keys.length) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != other[i] && !keys[i].equals(other[i])) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
