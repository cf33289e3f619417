package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;
import java.nio.charset.StandardCharsets;

/**
 * The stable 32-bit hash of a partition key value that orders the emulator's storage the way DynamoDB's hash
 * partitioning orders a Scan: items are kept by (hash, partition key, sort key), so one partition is contiguous for
 * Query and the segments of a parallel Scan are contiguous, disjoint hash ranges that together cover every item.
 * The hash is FNV-1a over the value's type and its canonical bytes (UTF-8 for S, the canonical text for N, raw bytes
 * for B), so equal keys ({@code 1} and {@code 1.0}) hash alike and the order is the same in every JVM.
 */
public final class PartitionHash {
    private static final int OFFSET_BASIS = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    private PartitionHash() {}

    /** The hash of a partition key value (S, N or B). */
    public static int of(AttributeValue value) {
        int hash = OFFSET_BASIS;
        hash = mix(hash, (byte) value.type().ordinal());
        byte[] bytes =
                switch (value.type()) {
                    case S -> ScalarViews.string(value).value().getBytes(StandardCharsets.UTF_8);
                    case N -> ScalarViews.number(value).value().getBytes(StandardCharsets.US_ASCII);
                    case B -> ScalarViews.binary(value).value();
                    case SS, NS, BS, M, L, NULL, BOOL -> throw new IllegalArgumentException(
                            "not a key value: " + value.type());
                };
        for (byte b : bytes) {
            hash = mix(hash, b);
        }
        // FNV's low bits are weak for short inputs; a final avalanche spreads them over the whole range.
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash;
    }

    /** The segment, of {@code totalSegments}, that a hash falls in: equal slices of the unsigned 32-bit range. */
    public static int segment(int hash, int totalSegments) {
        return (int) ((Integer.toUnsignedLong(hash) * totalSegments) >>> 32);
    }

    /** The smallest hash (as an unsigned value, in an int) of {@code segment} of {@code totalSegments}. */
    public static int firstHash(int segment, int totalSegments) {
        long first = ((long) segment << 32) / totalSegments;
        if (segment((int) first, totalSegments) < segment) {
            first++;
        }
        return (int) first;
    }

    private static int mix(int hash, byte b) {
        return (hash ^ (b & 0xff)) * PRIME;
    }
}
