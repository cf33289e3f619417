package io.tabletheory.bench;

import io.tabletheory.api.table.TableDescription;
import io.tabletheory.inmemory.InMemoryDynamoStore;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The live heap a loaded emulator holds per item, beside the items' size by DynamoDB's rule: the heap used after
 * full collections with the store loaded, less the heap used before with the empty store, divided by the item
 * count; and the table's size as the emulator reports it (DescribeTable's TableSizeBytes, computed by the
 * emulator's own item-size rule) divided by the same count. Printed to the benchmark's log, one line per load.
 */
final class HeapFigures {
    private HeapFigures() {}

    /** The heap in use after full collections, in bytes. */
    static long liveHeap() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            System.gc();
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Prints heap per item and the ratio to the DynamoDB size, for a store of {@code items} loaded since {@code before}. */
    static String report(InMemoryDynamoStore store, int items, long before) {
        long after = liveHeap();
        TableDescription table = store.describeTable(ScaleFixtures.TABLE);
        double heapPerItem = (double) (after - before) / items;
        double sizePerItem = (double) table.tableSizeBytes() / table.itemCount();
        String line = String.format(
                Locale.ROOT,
                "heap per item at %,d items: %.0f bytes live, DynamoDB size %.0f bytes, ratio %.2f",
                items,
                heapPerItem,
                sizePerItem,
                heapPerItem / sizePerItem);
        System.out.println(line);
        return line;
    }
}
