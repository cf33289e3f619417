package io.tabletheory.inmemory.internal.item;

import io.tabletheory.api.value.AttributeValue;

/**
 * A 32-bit summary of a key value that keeps {@link ValueOrder}: for two values of one type, when their prefixes
 * differ as unsigned ints, the values compare the same way; equal prefixes say nothing (compare the values). The
 * storage keeps the sort key's prefix beside each entry so a search inside a partition compares ints and reads an
 * item only where prefixes tie.
 *
 * <p>S: the first four bytes of the string in UTF-8 by code point (an unpaired surrogate counts as its own code
 * point, as {@link ValueOrder} orders it), padded with zeros. B: the first four bytes, padded with zeros. N: the
 * number rounded to a float, whose bits are mapped to an unsigned order (rounding never reverses an order).
 */
public final class OrderPrefix {
    private OrderPrefix() {}

    /** The prefix of an S, N or B value. */
    public static int of(AttributeValue value) {
        return switch (value.type()) {
            case S -> ofString(ScalarViews.string(value).value());
            case N -> ofNumber(ScalarViews.number(value).value());
            case B -> ofBinary(ScalarViews.binary(value));
            case SS, NS, BS, M, L, NULL, BOOL -> throw new IllegalArgumentException("not a key value: " + value.type());
        };
    }

    /** The first four bytes of {@code text}'s code points in UTF-8 (surrogates encoded as three bytes), big-endian. */
    static int ofString(String text) {
        int packed = 0;
        int bytes = 0;
        for (int i = 0; i < text.length() && bytes < 4; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                packed = packed << 8 | codePoint;
                bytes++;
                continue;
            }
            int length = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            int lead = length == 2 ? 0xc0 : length == 3 ? 0xe0 : 0xf0;
            for (int k = length - 1; k >= 0 && bytes < 4; k--) {
                int shifted = codePoint >>> (6 * k);
                int unit = k == length - 1 ? lead | shifted : 0x80 | (shifted & 0x3f);
                packed = packed << 8 | unit;
                bytes++;
            }
        }
        return bytes == 4 ? packed : packed << (8 * (4 - bytes));
    }

    /** The number's canonical text rounded to a float, as an int whose unsigned order is the floats' order. */
    static int ofNumber(String canonical) {
        // Adding 0 turns -0 into 0, so equal numbers always give one prefix.
        float rounded = (float) Double.parseDouble(canonical) + 0.0f;
        int bits = Float.floatToIntBits(rounded);
        return (bits ^ ((bits >> 31) & 0x7fffffff)) ^ 0x80000000;
    }

    private static int ofBinary(AttributeValue.BinaryValue binary) {
        int packed = 0;
        for (int i = 0; i < 4; i++) {
            packed = packed << 8 | (i < binary.length() ? Byte.toUnsignedInt(binary.byteAt(i)) : 0);
        }
        return packed;
    }
}
