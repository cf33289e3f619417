package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.Arrays;

/**
 * A leaf of an {@link EntryTree}: its entries in {@link StorageKey#ORDER}, each a stored item, with their partition
 * key hashes and their key values' hashes ({@link StorageKey#valuesHash}) in parallel arrays. A search compares
 * ints in one array and reads an entry's values only among equal partition hashes; a point lookup ({@link #find})
 * picks its entry among those by the values' hash and compares the values of that one entry only. The arrays are
 * exactly as long as the leaf's entries and never change once the leaf is published.
 */
final class TreeLeaf implements TreeNode {
    static final TreeLeaf EMPTY = new TreeLeaf(new int[0], new int[0], new StoredItem[0]);

    final int[] hashes;
    final int[] valueHashes;
    final StoredItem[] items;

    TreeLeaf(int[] hashes, int[] valueHashes, StoredItem[] items) {
        this.hashes = hashes;
        this.valueHashes = valueHashes;
        this.items = items;
    }

    @Override
    public int size() {
        return items.length;
    }

    /**
     * The index of the entry at {@code key}, or {@code -(insertion point) - 1} when there is none (a bound never
     * matches an entry).
     */
    int search(StorageKey key, EntryKeys keys) {
        int keyHash = key.hash();
        int low = firstAfter(keyHash, true);
        int high = firstAfter(keyHash, false) - 1;
        if (low > high) {
            return -(low + 1);
        }
        // Entries of one hash are nearly always of one partition: when the run's first and last entries are of the
        // key's partition, so is every entry between them, and only the values after the partition key compare.
        int known =
                keys.samePartition(key, items[low]) && (low == high || keys.samePartition(key, items[high])) ? 1 : 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = keys.compareValues(key, items[middle], known);
            if (order > 0) {
                low = middle + 1;
            } else if (order < 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** The index of the entry at {@code key}, or -1 when there is none. */
    int find(StorageKey key, EntryKeys keys) {
        int keyHash = key.hash();
        int valuesHash = key.valuesHash();
        for (int i = firstAfter(keyHash, true); i < hashes.length && hashes[i] == keyHash; i++) {
            if (valueHashes[i] == valuesHash && keys.compareValues(key, items[i], 0) == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first index whose hash is after {@code hash} (unsigned), or at or after it when {@code inclusive}: the
     * bounds of the run of entries with that hash.
     */
    private int firstAfter(int hash, boolean inclusive) {
        int low = 0;
        int high = hashes.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = Integer.compareUnsigned(hashes[middle], hash);
            if (order < 0 || (order == 0 && !inclusive)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** This leaf with the entry at {@code index} replaced by {@code item} (same key, so the hashes are shared). */
    TreeLeaf replaced(int index, StoredItem item) {
        StoredItem[] copied = items.clone();
        copied[index] = item;
        return new TreeLeaf(hashes, valueHashes, copied);
    }

    /** This leaf with an entry inserted at {@code index}; the caller splits a leaf that grows past capacity. */
    TreeLeaf inserted(int index, StorageKey key, StoredItem item) {
        int size = items.length;
        int[] newHashes = new int[size + 1];
        int[] newValueHashes = new int[size + 1];
        StoredItem[] newItems = new StoredItem[size + 1];
        System.arraycopy(hashes, 0, newHashes, 0, index);
        System.arraycopy(valueHashes, 0, newValueHashes, 0, index);
        System.arraycopy(items, 0, newItems, 0, index);
        newHashes[index] = key.hash();
        newValueHashes[index] = key.valuesHash();
        newItems[index] = item;
        System.arraycopy(hashes, index, newHashes, index + 1, size - index);
        System.arraycopy(valueHashes, index, newValueHashes, index + 1, size - index);
        System.arraycopy(items, index, newItems, index + 1, size - index);
        return new TreeLeaf(newHashes, newValueHashes, newItems);
    }

    /** This leaf without the entry at {@code index}. */
    TreeLeaf removed(int index) {
        int size = items.length;
        int[] newHashes = new int[size - 1];
        int[] newValueHashes = new int[size - 1];
        StoredItem[] newItems = new StoredItem[size - 1];
        System.arraycopy(hashes, 0, newHashes, 0, index);
        System.arraycopy(valueHashes, 0, newValueHashes, 0, index);
        System.arraycopy(items, 0, newItems, 0, index);
        System.arraycopy(hashes, index + 1, newHashes, index, size - index - 1);
        System.arraycopy(valueHashes, index + 1, newValueHashes, index, size - index - 1);
        System.arraycopy(items, index + 1, newItems, index, size - index - 1);
        return new TreeLeaf(newHashes, newValueHashes, newItems);
    }

    /** The entries from {@code from} (inclusive) to {@code to} (exclusive) as a leaf of their own. */
    TreeLeaf slice(int from, int to) {
        return new TreeLeaf(
                Arrays.copyOfRange(hashes, from, to),
                Arrays.copyOfRange(valueHashes, from, to),
                Arrays.copyOfRange(items, from, to));
    }

    /** This leaf's entries followed by {@code right}'s. */
    TreeLeaf merged(TreeLeaf right) {
        int size = items.length;
        int total = size + right.items.length;
        int[] newHashes = Arrays.copyOf(hashes, total);
        int[] newValueHashes = Arrays.copyOf(valueHashes, total);
        StoredItem[] newItems = Arrays.copyOf(items, total);
        System.arraycopy(right.hashes, 0, newHashes, size, right.items.length);
        System.arraycopy(right.valueHashes, 0, newValueHashes, size, right.items.length);
        System.arraycopy(right.items, 0, newItems, size, right.items.length);
        return new TreeLeaf(newHashes, newValueHashes, newItems);
    }
}
