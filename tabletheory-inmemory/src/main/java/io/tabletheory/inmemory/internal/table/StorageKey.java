package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The position of an entry in a table's or an index's sorted storage: the {@link PartitionHash} of its partition
 * key, then its key values in schema order (for a table: partition, sort; for an index: index partition, index sort,
 * then the table's key, which makes index entries unique). Ordered by unsigned hash, then the values in DynamoDB's
 * value order.
 *
 * <p>A <em>bound</em> carries only a prefix of the values and an {@code edge} of -1 or +1: it sorts just before
 * (or just after) every entry that starts with that prefix, which lets a reader start or stop at a partition, a
 * sort-key value or a scan segment without knowing the neighbouring entries.
 *
 * @param hash the partition key's hash
 * @param values the key values, partition key first (a prefix of them for a bound)
 * @param edge 0 for an entry; -1 or +1 for a bound before or after its prefix
 */
public record StorageKey(int hash, List<AttributeValue> values, int edge) {
    /** Storage order: unsigned hash, then values, then edge for equal prefixes. */
    public static final Comparator<StorageKey> ORDER = StorageKey::compare;

    public StorageKey {
        values = List.copyOf(values);
        if (edge < -1 || edge > 1) {
            throw new IllegalArgumentException("edge must be -1, 0 or 1: " + edge);
        }
    }

    /** The entry key of these values (partition key first). */
    public static StorageKey entry(List<AttributeValue> values) {
        Objects.requireNonNull(values, "values");
        return new StorageKey(PartitionHash.of(values.get(0)), values, 0);
    }

    /** A bound just before (edge -1) or after (edge +1) every entry starting with {@code prefix}. */
    public static StorageKey bound(List<AttributeValue> prefix, int edge) {
        return new StorageKey(PartitionHash.of(prefix.get(0)), prefix, edge);
    }

    /** A bound just before every entry whose hash is at least {@code hash} (unsigned). */
    public static StorageKey hashBound(int hash) {
        return new StorageKey(hash, List.of(), -1);
    }

    /** The partition key value. */
    public AttributeValue partition() {
        return values.get(0);
    }

    private static int compare(StorageKey left, StorageKey right) {
        int hashes = Integer.compareUnsigned(left.hash, right.hash);
        if (hashes != 0) {
            return hashes;
        }
        int common = Math.min(left.values.size(), right.values.size());
        for (int i = 0; i < common; i++) {
            int order = ValueOrder.compare(left.values.get(i), right.values.get(i));
            if (order != 0) {
                return order;
            }
        }
        if (left.values.size() == right.values.size()) {
            return Integer.compare(left.edge, right.edge);
        }
        // One is a prefix of the other: the shorter one is a bound on that prefix, before or after it.
        return left.values.size() < right.values.size() ? edgeOrder(left.edge) : -edgeOrder(right.edge);
    }

    private static int edgeOrder(int edge) {
        return edge > 0 ? 1 : -1;
    }
}
