package io.tabletheory.api.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The immutable, order-keeping set {@link Immutables#orderedSet} returns: the elements in an array, searched in
 * order while there are few of them and through a small hash table of positions beyond that, instead of a {@code
 * LinkedHashSet} behind an unmodifiable view (a set of three strings takes about 60 bytes beyond its elements rather
 * than about 270). Copying a frozen set returns it. Equality, hash code and {@code toString} are those of any set
 * with the same elements; every change throws {@code UnsupportedOperationException}. Internal to tabletheory-api.
 *
 * @param <T> the element type
 */
final class FrozenSet<T> extends AbstractSet<T> {
    /** Up to this many elements, {@link #contains} compares them in order and no hash table is kept. */
    private static final int SCANNED = 8;

    private final Object[] elements;
    /** Open addressing: position + 1 of the element whose hash lands in the slot or before it; null when scanned. */
    private final int[] slots;

    private FrozenSet(Object[] elements) {
        this.elements = elements;
        if (elements.length <= SCANNED) {
            this.slots = null;
            return;
        }
        int capacity = Integer.highestOneBit(elements.length * 2 - 1) << 1;
        this.slots = new int[capacity];
        for (int position = 0; position < elements.length; position++) {
            int slot = spread(elements[position].hashCode()) & (capacity - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = position + 1;
        }
    }

    /** A frozen copy of a set, or the set itself when it is frozen already; null elements are rejected. */
    static <T> Set<T> copyOf(Set<? extends T> set, String what) {
        if (set instanceof FrozenSet<?>) {
            @SuppressWarnings("unchecked") // immutable: a view of it with a wider type is never written through
            Set<T> frozen = (Set<T>) set;
            return frozen;
        }
        // A HashSet (and so a LinkedHashSet) holds elements distinct by equals; another set may not (a TreeSet with
        // its own comparator), so its elements are made distinct first, as copying them into a LinkedHashSet did.
        Object[] elements = set instanceof HashSet<?> ? set.toArray() : new LinkedHashSet<>(set).toArray();
        for (Object element : elements) {
            Objects.requireNonNull(element, () -> what + " has a null element");
        }
        return new FrozenSet<>(elements);
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public boolean contains(Object element) {
        if (element == null) {
            return false;
        }
        if (slots == null) {
            for (Object candidate : elements) {
                if (candidate.equals(element)) {
                    return true;
                }
            }
            return false;
        }
        int mask = slots.length - 1;
        int slot = spread(element.hashCode()) & mask;
        while (slots[slot] != 0) {
            if (elements[slots[slot] - 1].equals(element)) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked") // elements holds only Ts
    public void forEach(Consumer<? super T> action) {
        for (Object element : elements) {
            action.accept((T) element);
        }
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length);
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            @SuppressWarnings("unchecked") // elements holds only Ts
            public T next() {
                if (next >= elements.length) {
                    throw new NoSuchElementException();
                }
                return (T) elements[next++];
            }
        };
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    // Collection's methods change a set only when they need to (removeIf matching nothing, clear of an empty set,
    // ...), so inherited they would sometimes succeed; each refuses, whatever its arguments.

    @Override
    public boolean add(T element) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public boolean remove(Object element) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public boolean addAll(java.util.Collection<? extends T> elements) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public boolean removeAll(java.util.Collection<?> elements) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public boolean retainAll(java.util.Collection<?> elements) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super T> filter) {
        throw new UnsupportedOperationException("an immutable set");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("an immutable set");
    }
}
