package io.tabletheory;

import java.util.List;
import java.util.Optional;

/** The items a {@link TableTheory#transactGet} read, in the order of its reads; a missing item is empty. */
public interface TransactGetResult {
    /** One entry per read, in order: the item as its model's instance, or empty when no item has that key. */
    List<Optional<Object>> items();

    /**
     * The item of read number {@code index} (from 0).
     *
     * @throws IndexOutOfBoundsException when there is no such read
     * @throws IllegalArgumentException when that read was of another model than {@code type}
     */
    <T> Optional<T> get(int index, Class<T> type);

    /**
     * The item read for this key instance (the same object passed to {@link TransactGet#get}, or one with the same
     * key).
     *
     * @throws IllegalArgumentException when no read had that key
     */
    <T> Optional<T> get(T key);
}
