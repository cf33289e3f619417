package io.tabletheory.inmemory.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.tabletheory.inmemory.internal.item.StoredItem;

/**
 * The structural rules of an {@link EntryTree}, checked node by node: every leaf at the same depth, no node over
 * its capacity, no empty node below the root, leaves sorted, and every entry between the separators around it.
 */
final class TreeShape {
    private TreeShape() {}

    static void check(TreeNode root, EntryKeys keys, int leafCapacity, int branchCapacity) {
        check(root, keys, leafCapacity, branchCapacity, null, null, true);
    }

    /** Checks {@code node}, whose entries must lie at or after {@code low} and before {@code high}; its depth. */
    private static int check(
            TreeNode node,
            EntryKeys keys,
            int leafCapacity,
            int branchCapacity,
            StorageKey low,
            StorageKey high,
            boolean root) {
        if (node instanceof TreeBranch branch) {
            assertThat(branch.size()).isBetween(2, branchCapacity);
            assertThat(branch.hashes).hasSize(branch.size() - 1);
            int depth = -1;
            for (int i = 0; i < branch.size(); i++) {
                StorageKey childLow = i == 0 ? low : branch.separators[i - 1];
                StorageKey childHigh = i == branch.size() - 1 ? high : branch.separators[i];
                if (i > 0) {
                    assertThat(branch.hashes[i - 1]).isEqualTo(branch.separators[i - 1].hash());
                }
                int childDepth =
                        check(branch.children[i], keys, leafCapacity, branchCapacity, childLow, childHigh, false);
                assertThat(depth == -1 || depth == childDepth)
                        .as("leaves at one depth")
                        .isTrue();
                depth = childDepth;
            }
            return depth + 1;
        }
        TreeLeaf leaf = (TreeLeaf) node;
        assertThat(leaf.size()).isLessThanOrEqualTo(leafCapacity);
        assertThat(root || leaf.size() > 0).as("no empty leaf below the root").isTrue();
        assertThat(leaf.hashes).hasSize(leaf.size());
        assertThat(leaf.valueHashes).hasSize(leaf.size());
        for (int i = 0; i < leaf.size(); i++) {
            StoredItem item = leaf.items[i];
            StorageKey key = keys.keyOf(leaf.hashes[i], item);
            assertThat(leaf.valueHashes[i]).isEqualTo(key.valuesHash());
            if (i > 0) {
                assertThat(keys.compare(key, leaf.hashes[i - 1], leaf.items[i - 1]))
                        .isPositive();
            }
            if (low != null) {
                assertThat(StorageKey.ORDER.compare(low, key)).isLessThanOrEqualTo(0);
            }
            if (high != null) {
                assertThat(StorageKey.ORDER.compare(key, high)).isNegative();
            }
        }
        return 1;
    }
}
