package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * <p>One key is stored per item and per index entry, so the values (at most four: an index's two key attributes
 * and the table's two) are fields of the key itself rather than a list beside it. Two keys are equal when their
 * hash, values and edge are.
 */
public final class StorageKey {
    /** Storage order: unsigned hash, then values, then edge for equal prefixes. */
    public static final Comparator<StorageKey> ORDER = StorageKey::compare;

    /** A bound before every entry. */
    public static final StorageKey FIRST = new StorageKey(0, List.of(), -1);

    /** A bound after every entry. */
    public static final StorageKey LAST = new StorageKey(-1, List.of(), 1);

    /** The most values a key holds: an index's partition and sort key, then the table's. */
    private static final int MAX_VALUES = 4;

    private final int hash;
    private final byte edge;
    private final byte count;
    private final AttributeValue first;
    private final AttributeValue second;
    private final AttributeValue third;
    private final AttributeValue fourth;
    /** {@link #valuesHash}, once computed (0 until then, as a string's hash). */
    private int valuesHash;

    private StorageKey(int hash, List<AttributeValue> values, int edge) {
        Objects.requireNonNull(values, "values");
        if (edge < -1 || edge > 1) {
            throw new IllegalArgumentException("edge must be -1, 0 or 1: " + edge);
        }
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a storage key holds at most four values: " + values.size());
        }
        this.hash = hash;
        this.edge = (byte) edge;
        this.count = (byte) values.size();
        this.first = values.size() > 0 ? Objects.requireNonNull(values.get(0), "value") : null;
        this.second = values.size() > 1 ? Objects.requireNonNull(values.get(1), "value") : null;
        this.third = values.size() > 2 ? Objects.requireNonNull(values.get(2), "value") : null;
        this.fourth = values.size() > 3 ? Objects.requireNonNull(values.get(3), "value") : null;
    }

    /** An entry key of one to four values, the absent ones null at the end. */
    private StorageKey(
            int hash, AttributeValue first, AttributeValue second, AttributeValue third, AttributeValue fourth) {
        this.hash = hash;
        this.edge = 0;
        this.count = (byte) (second == null ? 1 : third == null ? 2 : fourth == null ? 3 : 4);
        this.first = Objects.requireNonNull(first, "value");
        this.second = second;
        this.third = third;
        this.fourth = fourth;
    }

    /**
     * The entry key of two to four values, partition key first, the absent ones null at the end: an index entry's
     * key, built without a list.
     */
    static StorageKey entry(
            AttributeValue partition, AttributeValue second, AttributeValue third, AttributeValue fourth) {
        return new StorageKey(PartitionHash.of(partition), partition, second, third, fourth);
    }

    /** The entry key of these values (partition key first). */
    public static StorageKey entry(List<AttributeValue> values) {
        Objects.requireNonNull(values, "values");
        return new StorageKey(PartitionHash.of(values.get(0)), values, 0);
    }

    /** The entry key of a table item: its partition key and its sort key, or {@code null} for a table without one. */
    public static StorageKey entry(AttributeValue partition, AttributeValue sort) {
        Objects.requireNonNull(partition, "partition");
        return new StorageKey(PartitionHash.of(partition), partition, sort, null, null);
    }

    /**
     * The key of these values (partition key first) with the given hash and edge: for a key rebuilt from an entry
     * whose hash is known, and for tests that need keys whose hashes collide.
     */
    static StorageKey of(int hash, List<AttributeValue> values, int edge) {
        return new StorageKey(hash, values, edge);
    }

    /** A bound just before (edge -1) or after (edge +1) every entry starting with {@code prefix}. */
    public static StorageKey bound(List<AttributeValue> prefix, int edge) {
        return new StorageKey(PartitionHash.of(prefix.get(0)), prefix, edge);
    }

    /** A bound just before every entry whose hash is at least {@code hash} (unsigned). */
    public static StorageKey hashBound(int hash) {
        return new StorageKey(hash, List.of(), -1);
    }

    /** The partition key's hash. */
    public int hash() {
        return hash;
    }

    /** The key values, partition key first (a prefix of them for a bound). */
    public List<AttributeValue> values() {
        List<AttributeValue> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(value(i));
        }
        return List.copyOf(values);
    }

    /**
     * A hash of the key values (not of the edge), equal for keys whose values are equal in {@link #ORDER}: the
     * values' own hashes, which for S, N (canonical text) and B follow their equality. Storage keeps it beside
     * each entry so a point lookup finds its entry among a partition's without comparing values.
     */
    public int valuesHash() {
        int hash = valuesHash;
        if (hash == 0) {
            hash = 1;
            for (int i = 0; i < count; i++) {
                hash = 31 * hash + value(i).hashCode();
            }
            valuesHash = hash;
        }
        return hash;
    }

    /** 0 for an entry; -1 or +1 for a bound before or after its prefix. */
    public int edge() {
        return edge;
    }

    /** The partition key value. */
    public AttributeValue partition() {
        if (count == 0) {
            throw new IndexOutOfBoundsException("a hash bound has no partition key value");
        }
        return first;
    }

    private AttributeValue value(int index) {
        return switch (index) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            default -> fourth;
        };
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StorageKey key) || key.hash != hash || key.edge != edge || key.count != count) {
            return false;
        }
        return Objects.equals(first, key.first)
                && Objects.equals(second, key.second)
                && Objects.equals(third, key.third)
                && Objects.equals(fourth, key.fourth);
    }

    @Override
    public int hashCode() {
        int code = 31 * hash + edge;
        code = 31 * code + Objects.hashCode(first);
        code = 31 * code + Objects.hashCode(second);
        code = 31 * code + Objects.hashCode(third);
        return 31 * code + Objects.hashCode(fourth);
    }

    @Override
    public String toString() {
        return "StorageKey[hash=" + hash + ", values=" + values() + ", edge=" + edge + "]";
    }

    /**
     * Compares this key with an entry whose key values are not held in a key: the entry's partition key hashes to
     * {@code entryHash}, and its key values are the attributes {@code names} of {@code item}, in order. The same
     * order as {@link #ORDER} would give against the entry's own key.
     */
    int compareToEntry(int entryHash, Map<String, AttributeValue> item, String[] names) {
        int hashes = Integer.compareUnsigned(hash, entryHash);
        return hashes != 0 ? hashes : compareToEntryValues(item, names, 0);
    }

    /**
     * {@link #compareToEntry} for an entry whose partition key hashes as this key's does, and whose first {@code
     * known} values are known to equal this key's (0, or 1 when the partition key is known to be the same).
     */
    int compareToEntryValues(Map<String, AttributeValue> item, String[] names, int known) {
        int common = Math.min(count, names.length);
        for (int i = known; i < common; i++) {
            int order = ValueOrder.compare(value(i), item.get(names[i]));
            if (order != 0) {
                return order;
            }
        }
        if (count == names.length) {
            return edge;
        }
        // One is a prefix of the other; an entry is never a bound, so only this key can be one.
        return count < names.length ? edgeOrder(edge) : 1;
    }

    /** Whether this key has a partition key value and it equals {@code entry}'s (the attribute {@code name}). */
    boolean samePartition(Map<String, AttributeValue> entry, String name) {
        return count > 0 && ValueOrder.compare(first, entry.get(name)) == 0;
    }

    /** Whether this key has a partition key value and it equals {@code other}'s. */
    boolean samePartition(StorageKey other) {
        return count > 0 && other.count > 0 && ValueOrder.compare(first, other.first) == 0;
    }

    /** {@link #ORDER} against a key whose hash is this key's and whose first {@code known} values equal this key's. */
    int compareValues(StorageKey other, int known) {
        return compareFrom(this, other, known);
    }

    private static int compare(StorageKey left, StorageKey right) {
        int hashes = Integer.compareUnsigned(left.hash, right.hash);
        return hashes != 0 ? hashes : compareFrom(left, right, 0);
    }

    private static int compareFrom(StorageKey left, StorageKey right, int known) {
        int common = Math.min(left.count, right.count);
        for (int i = known; i < common; i++) {
            int order = ValueOrder.compare(left.value(i), right.value(i));
            if (order != 0) {
                return order;
            }
        }
        if (left.count == right.count) {
            return Integer.compare(left.edge, right.edge);
        }
        // One is a prefix of the other: the shorter one is a bound on that prefix, before or after it.
        return left.count < right.count ? edgeOrder(left.edge) : -edgeOrder(right.edge);
    }

    private static int edgeOrder(int edge) {
        return edge > 0 ? 1 : -1;
    }
}
