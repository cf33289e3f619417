package io.tabletheory.api.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The immutable, order-keeping map {@link Immutables#orderedMap} makes: a {@link LinkedHashMap} that nothing else
 * holds, behind a read-only view. Because it cannot change, {@code orderedMap} keeps one as it is instead of copying
 * it again, as {@code List.copyOf} keeps its own lists; so an item passed from one api record to another (a request
 * built from an item a result holds, a value map rebuilt into a request) is copied once. Every change throws {@link
 * UnsupportedOperationException}, as {@code Collections.unmodifiableMap} does; equality, hash and text are those of
 * any map.
 */
final class OrderedMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;
    /** The read-only entries, made on first use (most items are only looked up and walked with forEach). */
    private Set<Map.Entry<K, V>> entries;

    /** Wraps {@code map}, which the caller has just filled and gives up. */
    OrderedMap(LinkedHashMap<K, V> map) {
        this.map = map;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> view = entries;
        if (view == null) {
            // A race makes two equal views, either of which will do.
            view = Collections.unmodifiableMap(map).entrySet();
            entries = view;
        }
        return view;
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map.forEach(action);
    }

    @Override
    public V put(K key, V value) {
        throw immutable();
    }

    @Override
    public V remove(Object key) {
        throw immutable();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> other) {
        throw immutable();
    }

    @Override
    public void clear() {
        throw immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw immutable();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw immutable();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw immutable();
    }

    @Override
    public V replace(K key, V value) {
        throw immutable();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw immutable();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw immutable();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw immutable();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw immutable();
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("an immutable map");
    }
}
