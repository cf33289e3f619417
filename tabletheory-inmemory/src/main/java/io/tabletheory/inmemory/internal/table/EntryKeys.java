package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an {@link EntryTree} keys its entries without holding a key per entry: an entry's key values are attributes
 * of its item (for a table: its partition and sort key; for an index: the index's key, then the table's), and its
 * partition key's hash is kept beside it in the tree. Compares a {@link StorageKey} with such an entry in {@link
 * StorageKey#ORDER}, and rebuilds an entry's key where the tree needs one of its own (a separator in a branch).
 */
final class EntryKeys {
    private final String[] names;

    private EntryKeys(List<String> names) {
        this.names = names.toArray(String[]::new);
    }

    /** The keys of a table's items: its partition key, then its sort key. */
    static EntryKeys of(KeySchema table) {
        return new EntryKeys(names(table));
    }

    /** The keys of an index's entries: the index's key attributes, then the table's. */
    static EntryKeys of(IndexDefinition index) {
        List<String> names = new ArrayList<>(names(index.key()));
        names.addAll(names(index.tableKey()));
        return new EntryKeys(names);
    }

    private static List<String> names(KeySchema key) {
        return key.attributes().stream().map(KeyAttribute::name).toList();
    }

    /** The order of {@code key} against the entry {@code entry} whose partition key hashes to {@code entryHash}. */
    int compare(StorageKey key, int entryHash, StoredItem entry) {
        return key.compareToEntry(entryHash, entry.item(), names);
    }

    /**
     * {@link #compare} for an entry whose partition key hashes as {@code key}'s does; {@code known} is 1 when its
     * partition key is known to equal {@code key}'s, else 0.
     */
    int compareValues(StorageKey key, StoredItem entry, int known) {
        return key.compareToEntryValues(entry.item(), names, known);
    }

    /** Whether {@code entry}'s partition key equals {@code key}'s. */
    boolean samePartition(StorageKey key, StoredItem entry) {
        return key.samePartition(entry.item(), names[0]);
    }

    /** The key of an entry whose partition key hashes to {@code hash}. */
    StorageKey keyOf(int hash, StoredItem entry) {
        Map<String, AttributeValue> item = entry.item();
        List<AttributeValue> values = new ArrayList<>(names.length);
        for (String name : names) {
            values.add(item.get(name));
        }
        return StorageKey.of(hash, values, 0);
    }
}
