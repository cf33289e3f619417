package io.tabletheory.inmemory.internal.table;

/**
 * A branch of an {@link EntryTree}: its children in order and, between each two, a separator: the key of the
 * first entry the right-hand child held when the separator was made, with its hash in a parallel array. Every entry
 * under a child is at or after the separator on its left and before the one on its right (an entry removed since
 * may leave a separator that no entry has; the order still holds). Immutable once published.
 */
final class TreeBranch implements TreeNode {
    /** Separators of one hash beyond which a search checks the run's partition once ({@link #samePartitionRun}). */
    private static final int LONG_RUN = 4;

    final int[] hashes;
    final StorageKey[] separators;
    final TreeNode[] children;

    TreeBranch(int[] hashes, StorageKey[] separators, TreeNode[] children) {
        this.hashes = hashes;
        this.separators = separators;
        this.children = children;
    }

    @Override
    public int size() {
        return children.length;
    }

    /** The child whose entries {@code key} falls among: the number of separators at or before it. */
    int childIndex(StorageKey key) {
        int keyHash = key.hash();
        int low = 0;
        int high = hashes.length - 1;
        int known = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Integer.compareUnsigned(hashes[middle], keyHash);
            if (order == 0) {
                if (known < 0) {
                    known = samePartitionRun(key, middle) ? 1 : 0;
                }
                order = -key.compareValues(separators[middle], known);
            }
            if (order <= 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /**
     * Whether every separator with {@code key}'s hash (a run around {@code at}) is of {@code key}'s partition: true
     * when the run's first and last are, as the separators are in order. Checked only for a long run (a partition
     * spread over many children), where it saves comparing the partition key at every step; in a short run the
     * check would read more separators than the search itself.
     */
    private boolean samePartitionRun(StorageKey key, int at) {
        int first = at;
        while (first > 0 && hashes[first - 1] == hashes[at]) {
            first--;
        }
        int last = at;
        while (last + 1 < hashes.length && hashes[last + 1] == hashes[at]) {
            last++;
        }
        return last - first >= LONG_RUN && key.samePartition(separators[first]) && key.samePartition(separators[last]);
    }

    /** This branch with the child at {@code index} replaced (its separators shared). */
    TreeBranch replaced(int index, TreeNode child) {
        TreeNode[] copied = children.clone();
        copied[index] = child;
        return new TreeBranch(hashes, separators, copied);
    }

    /**
     * This branch with the child at {@code index} replaced by {@code left} and {@code right}, split at the separator
     * ({@code hash}, {@code separator}); the caller splits a branch that grows past capacity.
     */
    TreeBranch split(int index, TreeNode left, TreeNode right, int hash, StorageKey separator) {
        int size = children.length;
        TreeNode[] newChildren = new TreeNode[size + 1];
        System.arraycopy(children, 0, newChildren, 0, index);
        newChildren[index] = left;
        newChildren[index + 1] = right;
        System.arraycopy(children, index + 1, newChildren, index + 2, size - index - 1);
        int[] newHashes = new int[size];
        StorageKey[] newSeparators = new StorageKey[size];
        System.arraycopy(hashes, 0, newHashes, 0, index);
        System.arraycopy(separators, 0, newSeparators, 0, index);
        newHashes[index] = hash;
        newSeparators[index] = separator;
        System.arraycopy(hashes, index, newHashes, index + 1, size - 1 - index);
        System.arraycopy(separators, index, newSeparators, index + 1, size - 1 - index);
        return new TreeBranch(newHashes, newSeparators, newChildren);
    }

    /** This branch with the children at {@code index} and {@code index + 1} replaced by one, {@code merged}. */
    TreeBranch joined(int index, TreeNode merged) {
        int size = children.length;
        TreeNode[] newChildren = new TreeNode[size - 1];
        System.arraycopy(children, 0, newChildren, 0, index);
        newChildren[index] = merged;
        System.arraycopy(children, index + 2, newChildren, index + 1, size - index - 2);
        int[] newHashes = new int[size - 2];
        StorageKey[] newSeparators = new StorageKey[size - 2];
        System.arraycopy(hashes, 0, newHashes, 0, index);
        System.arraycopy(separators, 0, newSeparators, 0, index);
        System.arraycopy(hashes, index + 1, newHashes, index, size - index - 2);
        System.arraycopy(separators, index + 1, newSeparators, index, size - index - 2);
        return new TreeBranch(newHashes, newSeparators, newChildren);
    }

    /**
     * This branch with the children at {@code index} and {@code index + 1} replaced by {@code left} and {@code
     * right}, which share their entries, with ({@code hash}, {@code separator}) now between them.
     */
    TreeBranch shared(int index, TreeNode left, TreeNode right, int hash, StorageKey separator) {
        TreeNode[] newChildren = children.clone();
        newChildren[index] = left;
        newChildren[index + 1] = right;
        int[] newHashes = hashes.clone();
        StorageKey[] newSeparators = separators.clone();
        newHashes[index] = hash;
        newSeparators[index] = separator;
        return new TreeBranch(newHashes, newSeparators, newChildren);
    }

    /** The children from {@code from} (inclusive) to {@code to} (exclusive), with the separators between them. */
    TreeBranch slice(int from, int to) {
        TreeNode[] newChildren = new TreeNode[to - from];
        System.arraycopy(children, from, newChildren, 0, to - from);
        int[] newHashes = new int[to - from - 1];
        StorageKey[] newSeparators = new StorageKey[to - from - 1];
        System.arraycopy(hashes, from, newHashes, 0, to - from - 1);
        System.arraycopy(separators, from, newSeparators, 0, to - from - 1);
        return new TreeBranch(newHashes, newSeparators, newChildren);
    }

    /** This branch's children followed by {@code right}'s, with ({@code hash}, {@code separator}) between them. */
    TreeBranch merged(int hash, StorageKey separator, TreeBranch right) {
        int size = children.length;
        int rightSize = right.children.length;
        TreeNode[] newChildren = new TreeNode[size + rightSize];
        System.arraycopy(children, 0, newChildren, 0, size);
        System.arraycopy(right.children, 0, newChildren, size, rightSize);
        int[] newHashes = new int[size + rightSize - 1];
        StorageKey[] newSeparators = new StorageKey[size + rightSize - 1];
        System.arraycopy(hashes, 0, newHashes, 0, size - 1);
        System.arraycopy(separators, 0, newSeparators, 0, size - 1);
        newHashes[size - 1] = hash;
        newSeparators[size - 1] = separator;
        System.arraycopy(right.hashes, 0, newHashes, size, rightSize - 1);
        System.arraycopy(right.separators, 0, newSeparators, size, rightSize - 1);
        return new TreeBranch(newHashes, newSeparators, newChildren);
    }
}
