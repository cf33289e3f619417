package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;

/**
 * DynamoDB's ordering of scalar values, used for key order in table storage and for the ordering comparators,
 * BETWEEN and key conditions in expressions: N by numeric value, S by UTF-8 bytes (equivalently, by Unicode code
 * point, which differs from Java's UTF-16 {@code compareTo} for characters beyond the BMP), B by unsigned bytes.
 * Only N, S and B are ordered.
 */
public final class ValueOrder {
    private ValueOrder() {}

    /** Whether values of this type can be compared with {@code <}, {@code >}, BETWEEN. */
    public static boolean isOrdered(AttributeType type) {
        return switch (type) {
            case N, S, B -> true;
            case SS, NS, BS, M, L, NULL, BOOL -> false;
        };
    }

    /**
     * Compares two values of the same ordered type.
     *
     * @throws IllegalArgumentException if the types differ or are not ordered
     */
    public static int compare(AttributeValue left, AttributeValue right) {
        if (left.type() != right.type() || !isOrdered(left.type())) {
            throw new IllegalArgumentException("cannot order " + left.type() + " against " + right.type());
        }
        return switch (left.type()) {
            case N -> CanonicalNumbers.compare(
                    ScalarViews.number(left).value(), ScalarViews.number(right).value());
            case S -> compareStrings(
                    ScalarViews.string(left).value(), ScalarViews.string(right).value());
            case B -> compareBytes(ScalarViews.binary(left), ScalarViews.binary(right));
            case SS, NS, BS, M, L, NULL, BOOL -> throw new IllegalArgumentException("cannot order " + left.type());
        };
    }

    /**
     * Compares strings as their UTF-8 encodings compare byte by byte, unsigned: by code point. Where the first
     * differing characters are not surrogates, that is their order as characters; otherwise the code points decide.
     */
    public static int compareStrings(String left, String right) {
        int common = Math.min(left.length(), right.length());
        for (int k = 0; k < common; k++) {
            char a = left.charAt(k);
            char b = right.charAt(k);
            if (a != b) {
                if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                    return compareCodePoints(left, right);
                }
                return a < b ? -1 : 1;
            }
        }
        return Integer.compare(left.length(), right.length());
    }

    private static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }

    /** Compares binary values lexicographically as unsigned bytes. */
    public static int compareBytes(AttributeValue.BinaryValue left, AttributeValue.BinaryValue right) {
        int common = Math.min(left.length(), right.length());
        for (int i = 0; i < common; i++) {
            int difference = Byte.toUnsignedInt(left.byteAt(i)) - Byte.toUnsignedInt(right.byteAt(i));
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(left.length(), right.length());
    }
}
