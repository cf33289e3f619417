package io.tabletheory.inmemory.internal.capacity;

/**
 * DynamoDB's capacity arithmetic: a read unit covers 4 KB read with strong consistency (half a unit when eventually
 * consistent), a write unit covers 1 KB written; every request costs at least one unit (half for an eventually
 * consistent read). Sizes are DynamoDB item sizes ({@code ItemSize}); a Query or Scan rounds the sum of the items
 * it read, not each item.
 */
public final class CapacityUnits {
    /** Bytes per read unit. */
    public static final long READ_UNIT_BYTES = 4096;

    /** Bytes per write unit. */
    public static final long WRITE_UNIT_BYTES = 1024;

    private CapacityUnits() {}

    /** The read units for reading {@code bytes} (zero still costs the minimum). */
    public static double read(long bytes, boolean consistentRead) {
        long units = Math.max(1, ceilingDivide(bytes, READ_UNIT_BYTES));
        return consistentRead ? units : units / 2.0;
    }

    /** The write units for writing (or deleting) an item of {@code bytes} (zero still costs one). */
    public static double write(long bytes) {
        return Math.max(1, ceilingDivide(bytes, WRITE_UNIT_BYTES));
    }

    /**
     * The write units an index spends when a write changes its entry from {@code oldEntryBytes} to {@code
     * newEntryBytes} (-1 for no entry): nothing when neither exists, a put or a delete when one exists, a delete plus
     * a put when the entry's key changed, else one write of the larger.
     */
    public static double indexWrite(long oldEntryBytes, long newEntryBytes, boolean keyChanged) {
        if (oldEntryBytes < 0 && newEntryBytes < 0) {
            return 0;
        }
        if (oldEntryBytes < 0) {
            return write(newEntryBytes);
        }
        if (newEntryBytes < 0) {
            return write(oldEntryBytes);
        }
        if (keyChanged) {
            return write(oldEntryBytes) + write(newEntryBytes);
        }
        return write(Math.max(oldEntryBytes, newEntryBytes));
    }

    private static long ceilingDivide(long bytes, long unit) {
        return (bytes + unit - 1) / unit;
    }
}
