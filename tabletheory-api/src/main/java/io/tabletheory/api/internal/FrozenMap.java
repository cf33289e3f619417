package io.tabletheory.api.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The immutable, order-keeping map {@link Immutables#orderedMap} returns: the values in an array beside a shared
 * {@link MapShape} that holds the keys (once per list of keys), instead of a {@code LinkedHashMap} of entries behind
 * an unmodifiable view. An item of a dozen attributes takes about a hundred bytes beyond its keys and values rather
 * than about 750, and copying a frozen map is returning it: a value passed from one request or result
 * record to another (an emulator's stored item to its GetItem result) is never copied again. Equality, hash code and
 * {@code toString} are those of any map with the same entries; every change throws {@code
 * UnsupportedOperationException}. Internal to tabletheory-api.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {
    private final MapShape shape;
    private final Object[] values;

    private FrozenMap(MapShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** A frozen copy of a non-empty map, or the map itself when it is frozen already; nulls are rejected. */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map, String what) {
        if (map instanceof FrozenMap<?, ?>) {
            @SuppressWarnings("unchecked") // immutable: a view of it with wider types is never written through
            Map<K, V> frozen = (Map<K, V>) map;
            return frozen;
        }
        int size = map.size();
        Object[] keys = new Object[size];
        Object[] values = new Object[size];
        int position = 0;
        for (Map.Entry<? extends K, ? extends V> entry : map.entrySet()) {
            if (position == size) {
                throw new IllegalStateException(what + " grew while it was copied");
            }
            K key = Objects.requireNonNull(entry.getKey(), () -> what + " has a null key");
            keys[position] = key;
            values[position] =
                    Objects.requireNonNull(entry.getValue(), () -> what + " has a null value for key " + key);
            position++;
        }
        if (position != size) {
            throw new IllegalStateException(what + " shrank while it was copied");
        }
        return new FrozenMap<>(MapShape.of(keys), values);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    @SuppressWarnings("unchecked") // values holds only Vs
    public V get(Object key) {
        int position = shape.indexOf(key);
        return position < 0 ? null : (V) values[position];
    }

    @Override
    public boolean containsKey(Object key) {
        return shape.indexOf(key) >= 0;
    }

    // Map's default methods change a map only when they need to (computeIfAbsent of a present key, replaceAll of an
    // empty map, ...), so inherited they would sometimes succeed; each refuses, whatever its arguments.

    @Override
    public V put(K key, V value) {
        throw unchangeable();
    }

    @Override
    public V remove(Object key) {
        throw unchangeable();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        throw unchangeable();
    }

    @Override
    public void clear() {
        throw unchangeable();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw unchangeable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unchangeable();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw unchangeable();
    }

    @Override
    public V replace(K key, V value) {
        throw unchangeable();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw unchangeable();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw unchangeable();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unchangeable();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unchangeable();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw unchangeable();
    }

    private static UnsupportedOperationException unchangeable() {
        return new UnsupportedOperationException("an immutable map");
    }

    @Override
    @SuppressWarnings("unchecked") // the shape holds only Ks, values only Vs
    public void forEach(BiConsumer<? super K, ? super V> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept((K) shape.key(i), (V) values[i]);
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked") // the shape holds only Ks, values only Vs
                    public Map.Entry<K, V> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int position = next++;
                        return new SimpleImmutableEntry<>((K) shape.key(position), (V) values[position]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
