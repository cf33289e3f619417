package io.tabletheory.inmemory.internal.table;

/**
 * A node of an {@link EntryTree}: a leaf of entries or a branch of child nodes. Nodes are immutable once a tree
 * publishes them; a write copies the nodes on its path and leaves every other node shared with earlier snapshots.
 */
sealed interface TreeNode permits TreeLeaf, TreeBranch {
    /** The entries of a leaf, or the children of a branch. */
    int size();
}
