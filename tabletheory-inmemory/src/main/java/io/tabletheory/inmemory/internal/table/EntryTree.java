package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;

/**
 * The sorted storage of a table's items or an index's entries: a persistent B+tree in {@link StorageKey#ORDER}
 * whose leaves hold the stored items and their partition key hashes in arrays, and whose entries carry no key
 * object of their own ({@link EntryKeys} reads an entry's key values from its item). A write copies the nodes on
 * its path and publishes the new root with one volatile write; a read takes the root once and reads that snapshot
 * without locks ({@link TreeSnapshot}), so a point read is one descent of a few nodes and a walk sees no later
 * write.
 *
 * <p>Writes must not run concurrently: the table calls {@link #put} and {@link #remove} under its write lock. Leaves
 * split when they outgrow their capacity; a node that shrinks below a quarter of it (or below two entries or children)
 * is merged with a neighbour when the two fit in one node, and shares their contents evenly with it when they do not,
 * so the tree stays shallow however entries come and go.
 */
final class EntryTree {
    /** Entries per leaf, and children per branch, at most; measured with the emulator's scale benchmarks. */
    static final int LEAF_CAPACITY = 32;

    static final int BRANCH_CAPACITY = 32;

    private final EntryKeys keys;
    private final int leafCapacity;
    private final int branchCapacity;
    private volatile TreeNode root = TreeLeaf.EMPTY;

    /** What the write in progress replaced or removed (the writer's scratch, never read by readers). */
    private StoredItem previous;
    /** A node split by the write in progress: its right half and the separator before it. */
    private TreeNode splitRight;

    private int splitHash;
    private StorageKey splitSeparator;

    EntryTree(EntryKeys keys) {
        this(keys, LEAF_CAPACITY, BRANCH_CAPACITY);
    }

    /** A tree with small capacities, for tests that need several levels from few entries. */
    EntryTree(EntryKeys keys, int leafCapacity, int branchCapacity) {
        if (leafCapacity < 4 || branchCapacity < 4) {
            throw new IllegalArgumentException("node capacities must be at least 4");
        }
        this.keys = keys;
        this.leafCapacity = leafCapacity;
        this.branchCapacity = branchCapacity;
    }

    /** The entries as they are now, for reads; unchanged by later writes. */
    TreeSnapshot snapshot() {
        return new TreeSnapshot(root, keys);
    }

    /** The entry at {@code key} now, or null: one descent from the current root. */
    StoredItem get(StorageKey key) {
        return TreeSnapshot.get(root, keys, key);
    }

    /** The levels of the tree: 1 while it is a single leaf. */
    int height() {
        int levels = 1;
        for (TreeNode node = root; node instanceof TreeBranch branch; node = branch.children[0]) {
            levels++;
        }
        return levels;
    }

    /** Stores {@code item} at {@code key} (an entry key of the item); returns the entry it replaced, or null. */
    StoredItem put(StorageKey key, StoredItem item) {
        TreeNode updated = insert(root, key, item);
        if (splitRight != null) {
            updated = new TreeBranch(
                    new int[] {splitHash}, new StorageKey[] {splitSeparator}, new TreeNode[] {updated, splitRight});
            clearSplit();
        }
        root = updated;
        return takePrevious();
    }

    /** Removes the entry at {@code key}; returns it, or null when there was none (and nothing changes). */
    StoredItem remove(StorageKey key) {
        TreeNode current = root;
        TreeNode updated = delete(current, key);
        if (updated == current) {
            return null;
        }
        while (updated instanceof TreeBranch branch && branch.children.length == 1) {
            updated = branch.children[0];
        }
        root = updated;
        return takePrevious();
    }

    private StoredItem takePrevious() {
        StoredItem replaced = previous;
        previous = null;
        return replaced;
    }

    private void clearSplit() {
        splitRight = null;
        splitSeparator = null;
    }

    private TreeNode insert(TreeNode node, StorageKey key, StoredItem item) {
        return node instanceof TreeBranch branch
                ? insertIntoBranch(branch, key, item)
                : insertIntoLeaf((TreeLeaf) node, key, item);
    }

    private TreeNode insertIntoLeaf(TreeLeaf leaf, StorageKey key, StoredItem item) {
        int found = leaf.find(key, keys);
        if (found >= 0) {
            previous = leaf.items[found];
            return leaf.replaced(found, item);
        }
        TreeLeaf grown = leaf.inserted(-leaf.search(key, keys) - 1, key, item);
        if (grown.size() <= leafCapacity) {
            return grown;
        }
        int half = grown.size() / 2;
        TreeLeaf right = grown.slice(half, grown.size());
        splitRight = right;
        splitHash = right.hashes[0];
        splitSeparator = keys.keyOf(right.hashes[0], right.items[0]);
        return grown.slice(0, half);
    }

    private TreeNode insertIntoBranch(TreeBranch branch, StorageKey key, StoredItem item) {
        int child = branch.childIndex(key);
        TreeNode updated = insert(branch.children[child], key, item);
        if (splitRight == null) {
            return branch.replaced(child, updated);
        }
        TreeBranch grown = branch.split(child, updated, splitRight, splitHash, splitSeparator);
        clearSplit();
        if (grown.size() <= branchCapacity) {
            return grown;
        }
        int half = grown.size() / 2;
        splitRight = grown.slice(half, grown.size());
        splitHash = grown.hashes[half - 1];
        splitSeparator = grown.separators[half - 1];
        return grown.slice(0, half);
    }

    /** {@code node} without the entry at {@code key}: {@code node} itself when it has no such entry. */
    private TreeNode delete(TreeNode node, StorageKey key) {
        if (node instanceof TreeBranch branch) {
            return deleteFromBranch(branch, key);
        }
        TreeLeaf leaf = (TreeLeaf) node;
        int found = leaf.find(key, keys);
        if (found < 0) {
            return leaf;
        }
        previous = leaf.items[found];
        return leaf.removed(found);
    }

    private TreeNode deleteFromBranch(TreeBranch branch, StorageKey key) {
        int child = branch.childIndex(key);
        TreeNode before = branch.children[child];
        TreeNode updated = delete(before, key);
        if (updated == before) {
            return branch;
        }
        int capacity = updated instanceof TreeLeaf ? leafCapacity : branchCapacity;
        if (updated.size() >= Math.max(2, capacity / 4)) {
            return branch.replaced(child, updated);
        }
        // Merge the shrunken child with a neighbour when both fit in one node, else share their contents evenly.
        int left = child > 0 ? child - 1 : child;
        TreeNode leftNode = left == child ? updated : branch.children[left];
        TreeNode rightNode = left == child ? branch.children[child + 1] : updated;
        if (leftNode instanceof TreeBranch leftBranch) {
            TreeBranch merged = leftBranch.merged(branch.hashes[left], branch.separators[left], (TreeBranch) rightNode);
            if (merged.size() <= capacity) {
                return branch.joined(left, merged);
            }
            int half = merged.size() / 2;
            return branch.shared(
                    left,
                    merged.slice(0, half),
                    merged.slice(half, merged.size()),
                    merged.hashes[half - 1],
                    merged.separators[half - 1]);
        }
        TreeLeaf merged = ((TreeLeaf) leftNode).merged((TreeLeaf) rightNode);
        if (merged.size() <= capacity) {
            return branch.joined(left, merged);
        }
        int half = merged.size() / 2;
        TreeLeaf right = merged.slice(half, merged.size());
        return branch.shared(
                left, merged.slice(0, half), right, right.hashes[0], keys.keyOf(right.hashes[0], right.items[0]));
    }
}
