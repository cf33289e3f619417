package io.tabletheory.api.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copying helpers for the api's value records: immutable copies that keep the caller's iteration order (so items
 * print and serialize deterministically) and reject null elements. Internal to tabletheory-api.
 */
public final class Immutables {
    private Immutables() {}

    /**
     * An immutable, order-keeping copy of {@code map} (a {@link FrozenMap}; the map itself when it is one already);
     * null becomes empty, null keys or values are rejected.
     */
    public static <K, V> Map<K, V> orderedMap(Map<? extends K, ? extends V> map, String what) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return FrozenMap.copyOf(map, what);
    }

    /**
     * An immutable, order-keeping map of {@code keys[i]} to {@code values[i]} (a {@link FrozenMap}) that takes both
     * arrays, which must have one length and no nulls and must not change afterwards; a repeated key keeps its first
     * position and its last value. For builders that collect entries in arrays, so no map is filled to be copied.
     */
    public static <K, V> Map<K, V> orderedMapOfArrays(Object[] keys, Object[] values, String what) {
        return keys.length == 0 ? Map.of() : FrozenMap.ofArrays(keys, values, what);
    }

    /**
     * An immutable, order-keeping copy of {@code set} (a {@link FrozenSet}; the set itself when it is one already);
     * null elements are rejected.
     */
    public static <T> Set<T> orderedSet(Set<? extends T> set, String what) {
        return FrozenSet.copyOf(set, what);
    }

    /** An immutable, order-keeping copy of a map whose values are lists, each list copied too. */
    public static <K, V> Map<K, List<V>> orderedMapOfLists(
            Map<? extends K, ? extends List<? extends V>> map, String what) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<K, List<V>> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((key, values) -> copy.put(
                Objects.requireNonNull(key, () -> what + " has a null key"),
                List.copyOf(Objects.requireNonNull(values, () -> what + " has a null value for key " + key))));
        return Collections.unmodifiableMap(copy);
    }
}
