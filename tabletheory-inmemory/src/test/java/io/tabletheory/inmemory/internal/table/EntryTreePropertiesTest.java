package io.tabletheory.inmemory.internal.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.ScalarAttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link EntryTree} against a {@link TreeMap} in {@link StorageKey#ORDER}: random puts, replacements, removes, point
 * reads and walks in both directions between bounds, entry keys (an exclusive start) and the ends, over keys whose
 * hashes collide often (so entries of several partitions share a hash and one partition holds many entries), with
 * small nodes so a few hundred entries make a tree of three or more levels. Snapshots taken along the way must read
 * what the model held when they were taken, whatever was written since.
 */
class EntryTreePropertiesTest {

    @Test
    void tree_behavesAsASortedMap_andSnapshotsNeverChange() {
        AtomicInteger tallest = new AtomicInteger();
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            // Keys of a hash-only table, of a table with a sort key, or of a global index (its key, then the table's).
            int arity = List.of(1, 2, 4).get(random.nextInt(3));
            EntryKeys keys = Keys.entryKeys(arity);
            int leafCapacity = 4 + random.nextInt(6);
            int branchCapacity = 4 + random.nextInt(6);
            EntryTree tree = new EntryTree(keys, leafCapacity, branchCapacity);
            TreeMap<StorageKey, StoredItem> model = new TreeMap<>(StorageKey.ORDER);
            Keys generator = new Keys(random, arity);
            List<TreeSnapshot> snapshots = new ArrayList<>();
            List<NavigableMap<StorageKey, StoredItem>> snapshotModels = new ArrayList<>();
            int operations = 200 + random.nextInt(1_000);
            for (int i = 0; i < operations; i++) {
                int choice = random.nextInt(100);
                if (choice < 55) {
                    StorageKey key = generator.entryKey();
                    StoredItem item = generator.item(key, i);
                    assertThat(tree.put(key, item)).isSameAs(model.put(key, item));
                } else if (choice < 80) {
                    StorageKey key = generator.entryKey();
                    assertThat(tree.remove(key)).isSameAs(model.remove(key));
                } else if (choice < 90) {
                    StorageKey key = generator.entryKey();
                    assertThat(tree.get(key)).isSameAs(model.get(key));
                } else if (choice < 98) {
                    assertWalksAgree(tree.snapshot(), model, generator);
                } else {
                    snapshots.add(tree.snapshot());
                    snapshotModels.add(new TreeMap<>(model));
                }
            }
            assertThat(list(tree.snapshot().ascending(StorageKey.FIRST, StorageKey.LAST)))
                    .containsExactlyElementsOf(model.values());
            assertThat(list(tree.snapshot().descending(StorageKey.LAST, StorageKey.FIRST)))
                    .containsExactlyElementsOf(model.descendingMap().values());
            for (int i = 0; i < snapshots.size(); i++) {
                assertThat(list(snapshots.get(i).ascending(StorageKey.FIRST, StorageKey.LAST)))
                        .containsExactlyElementsOf(snapshotModels.get(i).values());
                assertWalksAgree(snapshots.get(i), snapshotModels.get(i), generator);
            }
            TreeShape.check(tree.snapshot().root(), keys, leafCapacity, branchCapacity);
            tallest.accumulateAndGet(tree.height(), Math::max);
        });
        assertThat(tallest.get()).as("the tallest tree's levels").isGreaterThanOrEqualTo(3);
    }

    @Test
    void defaultCapacities_holdAHundredThousandEntriesInFewLevels() {
        Random random = new Random(17);
        EntryKeys keys = EntryKeys.of(new KeySchema(
                new KeyAttribute("pk", ScalarAttributeType.S),
                Optional.of(new KeyAttribute("sk", ScalarAttributeType.N))));
        EntryTree tree = new EntryTree(keys);
        TreeMap<StorageKey, StoredItem> model = new TreeMap<>(StorageKey.ORDER);
        for (int i = 0; i < 100_000; i++) {
            StorageKey key = StorageKey.entry(
                    AttributeValue.ofString("p" + random.nextInt(2_000)), AttributeValue.ofNumber(random.nextInt(100)));
            StoredItem item = Keys.itemOf(key, i);
            assertThat(tree.put(key, item)).isSameAs(model.put(key, item));
        }
        assertThat(list(tree.snapshot().ascending(StorageKey.FIRST, StorageKey.LAST)))
                .containsExactlyElementsOf(model.values());
        TreeShape.check(tree.snapshot().root(), keys, EntryTree.LEAF_CAPACITY, EntryTree.BRANCH_CAPACITY);
        assertThat(tree.height()).isBetween(3, 5);
    }

    private static void assertWalksAgree(
            SortedEntries entries, NavigableMap<StorageKey, StoredItem> model, Keys generator) {
        StorageKey first = generator.boundOrKey();
        StorageKey second = generator.boundOrKey();
        StorageKey low = StorageKey.ORDER.compare(first, second) <= 0 ? first : second;
        StorageKey high = low == first ? second : first;
        List<StoredItem> expected = StorageKey.ORDER.compare(low, high) == 0
                ? List.of()
                : new ArrayList<>(model.subMap(low, false, high, false).values());
        assertThat(list(entries.ascending(low, high))).containsExactlyElementsOf(expected);
        List<StoredItem> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertThat(list(entries.descending(high, low))).containsExactlyElementsOf(reversed);
        // Bounds in the wrong order select nothing.
        if (!expected.isEmpty()) {
            assertThat(entries.ascending(high, low).hasNext()).isFalse();
        }
    }

    private static List<StoredItem> list(Iterator<StoredItem> walk) {
        List<StoredItem> items = new ArrayList<>();
        walk.forEachRemaining(items::add);
        return items;
    }

    /**
     * Keys over few partitions and few hashes, so collisions and big partitions are the rule: {@code arity} values,
     * the partition key first, then (for 2 and 4) a numeric sort key, or for 4 an index's string sort key and the
     * table's string partition key and numeric sort key.
     */
    private static final class Keys {
        private static final List<String> NAMES = List.of("pk", "sk", "gsk", "tpk", "tsk");

        private final Random random;
        private final int arity;
        private final int partitions;
        private final int hashes;

        Keys(Random random, int arity) {
            this.random = random;
            this.arity = arity;
            this.partitions = 1 + random.nextInt(arity == 1 ? 400 : 12);
            this.hashes = 1 + random.nextInt(Math.min(partitions, 4));
        }

        static EntryKeys entryKeys(int arity) {
            KeyAttribute partition = new KeyAttribute("pk", ScalarAttributeType.S);
            return switch (arity) {
                case 1 -> EntryKeys.of(new KeySchema(partition, Optional.empty()));
                case 2 -> EntryKeys.of(
                        new KeySchema(partition, Optional.of(new KeyAttribute("sk", ScalarAttributeType.N))));
                default -> EntryKeys.of(new IndexDefinition(
                        "index",
                        true,
                        new KeySchema(partition, Optional.of(new KeyAttribute("gsk", ScalarAttributeType.S))),
                        new KeySchema(
                                new KeyAttribute("tpk", ScalarAttributeType.S),
                                Optional.of(new KeyAttribute("tsk", ScalarAttributeType.N))),
                        ProjectionType.ALL,
                        Set.of()));
            };
        }

        private AttributeValue partition(int index) {
            return AttributeValue.ofString("p" + index);
        }

        /** A colliding hash: partitions share a few hashes, in an order unrelated to their values. */
        private int hashOf(int index) {
            return (index % hashes) * 0x9E3779B9;
        }

        /** The value at {@code position} of a key, after the partition key. */
        private AttributeValue value(int position) {
            return switch (position) {
                case 1 -> arity == 2
                        ? AttributeValue.ofNumber(random.nextInt(300) - 100)
                        : AttributeValue.ofString("s" + random.nextInt(6));
                case 2 -> AttributeValue.ofString("t" + random.nextInt(8));
                default -> AttributeValue.ofNumber(random.nextInt(5));
            };
        }

        private List<AttributeValue> values(int index, int count) {
            List<AttributeValue> values = new ArrayList<>();
            values.add(partition(index));
            for (int position = 1; position < count; position++) {
                values.add(value(position));
            }
            return values;
        }

        StorageKey entryKey() {
            int index = random.nextInt(partitions);
            return StorageKey.of(hashOf(index), values(index, arity), 0);
        }

        StorageKey boundOrKey() {
            int index = random.nextInt(partitions + 1);
            int edge = random.nextBoolean() ? -1 : 1;
            return switch (random.nextInt(5)) {
                case 0 -> random.nextBoolean() ? StorageKey.FIRST : StorageKey.LAST;
                case 1 -> StorageKey.hashBound(hashOf(index));
                case 2 -> StorageKey.of(hashOf(index), values(index, 1 + random.nextInt(arity)), edge);
                default -> entryKey();
            };
        }

        StoredItem item(StorageKey key, int version) {
            return itemOf(key, version);
        }

        static StoredItem itemOf(StorageKey key, int version) {
            List<AttributeValue> values = key.values();
            List<String> names =
                    values.size() == 4 ? List.of("pk", "gsk", "tpk", "tsk") : NAMES.subList(0, values.size());
            Map<String, AttributeValue> item = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                item.put(names.get(i), values.get(i));
            }
            item.put("v", AttributeValue.ofNumber(version));
            return StoredItem.of(item);
        }
    }
}
