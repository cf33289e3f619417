package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A walk over the entries of one {@link EntryTree} root between two keys, ascending or descending: it keeps the
 * path of branches from the root to its leaf, steps along the leaf, and climbs to the next leaf when the leaf ends.
 * The root never changes under it, so the walk reads one snapshot.
 */
final class TreeCursor implements Iterator<StoredItem> {
    private final EntryKeys keys;
    private final StorageKey end;
    private final boolean forward;
    private TreeBranch[] branches = new TreeBranch[8];
    private int[] positions = new int[8];
    private int depth;
    private TreeLeaf leaf;
    private int index;
    /** The entry the walk returns next; null once it has ended. */
    private StoredItem next;

    private TreeCursor(EntryKeys keys, StorageKey end, boolean forward) {
        this.keys = keys;
        this.end = end;
        this.forward = forward;
    }

    /** The entries of {@code root} strictly between {@code low} and {@code high}, ascending. */
    static TreeCursor ascending(TreeNode root, EntryKeys keys, StorageKey low, StorageKey high) {
        TreeCursor cursor = new TreeCursor(keys, high, true);
        cursor.descendTo(root, low);
        int found = cursor.leaf.search(low, keys);
        cursor.index = found >= 0 ? found + 1 : -found - 1;
        cursor.advance();
        return cursor;
    }

    /** The entries of {@code root} strictly between {@code low} and {@code high}, descending. */
    static TreeCursor descending(TreeNode root, EntryKeys keys, StorageKey high, StorageKey low) {
        TreeCursor cursor = new TreeCursor(keys, low, false);
        cursor.descendTo(root, high);
        int found = cursor.leaf.search(high, keys);
        cursor.index = found >= 0 ? found - 1 : -found - 2;
        cursor.advance();
        return cursor;
    }

    private void descendTo(TreeNode root, StorageKey key) {
        TreeNode node = root;
        while (node instanceof TreeBranch branch) {
            int child = branch.childIndex(key);
            push(branch, child);
            node = branch.children[child];
        }
        leaf = (TreeLeaf) node;
    }

    private void push(TreeBranch branch, int position) {
        if (depth == branches.length) {
            branches = Arrays.copyOf(branches, depth * 2);
            positions = Arrays.copyOf(positions, depth * 2);
        }
        branches[depth] = branch;
        positions[depth] = position;
        depth++;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public StoredItem next() {
        StoredItem item = next;
        if (item == null) {
            throw new NoSuchElementException();
        }
        advance();
        return item;
    }

    /** Finds the entry {@link #next} returns after the current one, or null when the walk has ended. */
    private void advance() {
        next = null;
        if (forward ? stepForward() : stepBackward()) {
            StoredItem candidate = leaf.items[index];
            int order = keys.compare(end, leaf.hashes[index], candidate);
            if (forward ? order > 0 : order < 0) {
                next = candidate;
                index += forward ? 1 : -1;
            }
        }
    }

    /** Moves to the next leaf that has an entry at or after the current index; false at the tree's end. */
    private boolean stepForward() {
        while (index >= leaf.items.length) {
            while (depth > 0 && positions[depth - 1] + 1 >= branches[depth - 1].children.length) {
                depth--;
            }
            if (depth == 0) {
                return false;
            }
            int child = ++positions[depth - 1];
            TreeNode node = branches[depth - 1].children[child];
            while (node instanceof TreeBranch branch) {
                push(branch, 0);
                node = branch.children[0];
            }
            leaf = (TreeLeaf) node;
            index = 0;
        }
        return true;
    }

    /** Moves to the previous leaf that has an entry at or before the current index; false at the tree's start. */
    private boolean stepBackward() {
        while (index < 0) {
            while (depth > 0 && positions[depth - 1] == 0) {
                depth--;
            }
            if (depth == 0) {
                return false;
            }
            int child = --positions[depth - 1];
            TreeNode node = branches[depth - 1].children[child];
            while (node instanceof TreeBranch branch) {
                int last = branch.children.length - 1;
                push(branch, last);
                node = branch.children[last];
            }
            leaf = (TreeLeaf) node;
            index = leaf.items.length - 1;
        }
        return true;
    }
}
