package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ScalarViews;

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
        switch (value.type()) {
            case S -> hash = mixUtf8(hash, ScalarViews.string(value).value());
            case N -> hash = mixAscii(hash, ScalarViews.number(value).value());
            case B -> {
                AttributeValue.BinaryValue binary = ScalarViews.binary(value);
                for (int i = 0; i < binary.length(); i++) {
                    hash = mix(hash, binary.byteAt(i));
                }
            }
            case SS, NS, BS, M, L, NULL, BOOL -> throw new IllegalArgumentException("not a key value: " + value.type());
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

    /** Mixes in the text's characters, each one byte (a number's canonical text is ASCII). */
    private static int mixAscii(int hash, String text) {
        int mixed = hash;
        for (int i = 0; i < text.length(); i++) {
            mixed = mix(mixed, (byte) text.charAt(i));
        }
        return mixed;
    }

    /**
     * Mixes in the bytes {@code text.getBytes(UTF_8)} would give, without encoding it into an array: an unpaired
     * surrogate is one {@code ?}, as the encoder replaces it.
     */
    private static int mixUtf8(int hash, String text) {
        int mixed = hash;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                mixed = mix(mixed, (byte) c);
            } else if (c < 0x800) {
                mixed = mix(mixed, (byte) (0xc0 | (c >> 6)));
                mixed = mix(mixed, (byte) (0x80 | (c & 0x3f)));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                mixed = mix(mixed, (byte) (0xf0 | (codePoint >> 18)));
                mixed = mix(mixed, (byte) (0x80 | ((codePoint >> 12) & 0x3f)));
                mixed = mix(mixed, (byte) (0x80 | ((codePoint >> 6) & 0x3f)));
                mixed = mix(mixed, (byte) (0x80 | (codePoint & 0x3f)));
            } else if (Character.isSurrogate(c)) {
                mixed = mix(mixed, (byte) '?');
            } else {
                mixed = mix(mixed, (byte) (0xe0 | (c >> 12)));
                mixed = mix(mixed, (byte) (0x80 | ((c >> 6) & 0x3f)));
                mixed = mix(mixed, (byte) (0x80 | (c & 0x3f)));
            }
        }
        return mixed;
    }

    private static int mix(int hash, byte b) {
        return (hash ^ (b & 0xff)) * PRIME;
    }
}
