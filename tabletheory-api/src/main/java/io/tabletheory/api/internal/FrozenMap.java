package io.tabletheory.api.internal;

import java.util.AbstractCollection;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * UnsupportedOperationException}. It implements {@link Map} directly rather than extending {@code AbstractMap},
 * whose two cached views would stay on every stored item once asked for (48 bytes an item in the emulator): its
 * views are made when asked and kept by nobody. Internal to tabletheory-api.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class FrozenMap<K, V> implements Map<K, V> {
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

    /**
     * A frozen map of {@code keys[i]} to {@code values[i]}, taking both arrays (of one length, no nulls; the caller
     * must not change them afterwards). A key that repeats keeps its first position and its last value, as a
     * {@code LinkedHashMap} filled in that order would.
     */
    static <K, V> Map<K, V> ofArrays(Object[] keys, Object[] values, String what) {
        MapShape shape = MapShape.ofDistinct(keys);
        if (shape != null) {
            return new FrozenMap<>(shape, values);
        }
        LinkedHashMap<K, V> merged = new LinkedHashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            @SuppressWarnings("unchecked") // the caller's arrays hold only Ks and Vs
            K key = (K) keys[i];
            @SuppressWarnings("unchecked")
            V value = (V) values[i];
            merged.put(key, value);
        }
        return copyOf(merged, what);
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

    @Override
    public boolean containsValue(Object value) {
        for (Object candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
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
    public Set<K> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<K> iterator() {
                return new Positions<>() {
                    @Override
                    @SuppressWarnings("unchecked") // the shape holds only Ks
                    K at(int position) {
                        return (K) shape.key(position);
                    }
                };
            }

            @Override
            public boolean contains(Object key) {
                return containsKey(key);
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Positions<>() {
                    @Override
                    @SuppressWarnings("unchecked") // values holds only Vs
                    V at(int position) {
                        return (V) values[position];
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Positions<>() {
                    @Override
                    @SuppressWarnings("unchecked") // the shape holds only Ks, values only Vs
                    Map.Entry<K, V> at(int position) {
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

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Map<?, ?> map) || map.size() != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            Object theirs = map.get(shape.key(i));
            if (theirs == null || !theirs.equals(values[i])) {
                return false;
            }
        }
        return true;
    }

    /** The sum of the entries' hash codes, as {@link Map#hashCode} specifies. */
    @Override
    public int hashCode() {
        int code = 0;
        for (int i = 0; i < values.length; i++) {
            code += shape.key(i).hashCode() ^ values[i].hashCode();
        }
        return code;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(shape.key(i)).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }

    /** An iterator over the positions of the map's entries, giving what {@link #at} makes of each. */
    private abstract class Positions<T> implements Iterator<T> {
        private int next;

        abstract T at(int position);

        @Override
        public boolean hasNext() {
            return next < values.length;
        }

        @Override
        public T next() {
            if (next >= values.length) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
