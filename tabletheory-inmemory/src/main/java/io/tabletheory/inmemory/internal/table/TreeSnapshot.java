package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.Iterator;

/**
 * The entries of an {@link EntryTree} as one root left them: nothing a later write does changes what this
 * snapshot reads, since writes copy the nodes they change.
 *
 * @param root the tree's root when the snapshot was taken
 * @param keys how the tree keys its entries
 */
record TreeSnapshot(TreeNode root, EntryKeys keys) implements SortedEntries {
    @Override
    public StoredItem get(StorageKey key) {
        return get(root, keys, key);
    }

    @Override
    public Iterator<StoredItem> ascending(StorageKey low, StorageKey high) {
        return TreeCursor.ascending(root, keys, low, high);
    }

    @Override
    public Iterator<StoredItem> descending(StorageKey high, StorageKey low) {
        return TreeCursor.descending(root, keys, high, low);
    }

    /** The entry at {@code key} under {@code root}: one descent, with no allocation. */
    static StoredItem get(TreeNode root, EntryKeys keys, StorageKey key) {
        TreeNode node = root;
        while (node instanceof TreeBranch branch) {
            node = branch.children[branch.childIndex(key)];
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int index = leaf.find(key, keys);
        return index >= 0 ? leaf.items[index] : null;
    }
}
