package io.tabletheory.api.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
     * An immutable, order-keeping copy of {@code map}; null becomes empty, null keys or values are rejected. A map
     * this method made is immutable already and is returned as it is.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> orderedMap(Map<? extends K, ? extends V> map, String what) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        if (map instanceof OrderedMap<? extends K, ? extends V>) {
            return (Map<K, V>) map;
        }
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(map.size() * 2);
        for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
            K key = entry.getKey();
            V value = entry.getValue();
            if (key == null) {
                throw new NullPointerException(what + " has a null key");
            }
            if (value == null) {
                throw new NullPointerException(what + " has a null value for key " + key);
            }
            copy.put(key, value);
        }
        return new OrderedMap<>(copy);
    }

    /**
     * {@code map} made immutable without a copy, for a map the caller has just filled, with no null keys or values,
     * and gives up: it must hold no other reference to it. {@link #orderedMap} then keeps it as it is.
     */
    public static <K, V> Map<K, V> adopt(LinkedHashMap<K, V> map) {
        return map.isEmpty() ? Map.of() : new OrderedMap<>(map);
    }

    /** An immutable, order-keeping copy of {@code set}; null elements are rejected. */
    public static <T> Set<T> orderedSet(Set<? extends T> set, String what) {
        Set<T> copy = new LinkedHashSet<>(set.size() * 2);
        for (T element : set) {
            if (element == null) {
                throw new NullPointerException(what + " has a null element");
            }
            copy.add(element);
        }
        return Collections.unmodifiableSet(copy);
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
