package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.Iterator;

/**
 * The entries of a table or an index in {@link StorageKey#ORDER}, as reads use them: a point lookup and walks
 * between two keys in either direction. Each call reads one consistent snapshot of the entries, taken when it
 * starts, without locks: a walk never blocks a writer, and sees none of the writes made after it began.
 */
public interface SortedEntries {
    /** The entry at {@code key}, or {@code null} when there is none. */
    StoredItem get(StorageKey key);

    /**
     * The entries strictly after {@code low} and strictly before {@code high}, ascending. Bounds ({@link
     * StorageKey#bound}, {@link StorageKey#FIRST}, {@link StorageKey#LAST}) never equal an entry; an entry's own key
     * as {@code low} starts after that entry (an ExclusiveStartKey).
     */
    Iterator<StoredItem> ascending(StorageKey low, StorageKey high);

    /** The entries strictly before {@code high} and strictly after {@code low}, descending. */
    Iterator<StoredItem> descending(StorageKey high, StorageKey low);
}
