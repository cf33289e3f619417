package io.tabletheory.inmemory.internal.item;

/**
 * Order and size of numbers read straight from their canonical text ({@code NumberValue.value()}: no exponent, no
 * {@code +}, no leading or trailing zeros, {@code 0.} before a fraction below one, {@code -0} is {@code 0}), without a
 * {@code BigDecimal}: the storage compares sort keys and sizes every number it stores, so these run on every write
 * and every key lookup. {@link #compare} orders as {@code BigDecimal.compareTo} does and {@link #size} is the N rule
 * of {@link ItemSize}; both are checked against {@code BigDecimal} by property tests.
 */
public final class CanonicalNumbers {
    private CanonicalNumbers() {}

    /** Compares two canonical number texts by numeric value. */
    public static int compare(String left, String right) {
        int leftSign = sign(left);
        int rightSign = sign(right);
        if (leftSign != rightSign) {
            return Integer.compare(leftSign, rightSign);
        }
        if (leftSign == 0) {
            return 0;
        }
        int magnitudes = compareMagnitudes(left, leftSign < 0 ? 1 : 0, right, rightSign < 0 ? 1 : 0);
        return leftSign < 0 ? -magnitudes : magnitudes;
    }

    /**
     * The size of a canonical number in bytes by DynamoDB's rule: {@code 1 + ceil(d/2)}, plus one when {@code d}
     * and the leading digit's exponent {@code e} are both even, plus one when negative; zero is 1.
     */
    public static int size(String canonical) {
        if (canonical.equals("0")) {
            return 1;
        }
        boolean negative = canonical.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int length = canonical.length();
        int point = canonical.indexOf('.', start);
        int first;
        int exponent;
        if (canonical.charAt(start) == '0') {
            // 0.000ddd: the first significant digit follows the zeros after the point.
            first = point + 1;
            while (canonical.charAt(first) == '0') {
                first++;
            }
            exponent = point - first;
        } else {
            first = start;
            exponent = (point < 0 ? length : point) - start - 1;
        }
        int last = length - 1;
        while (canonical.charAt(last) == '0') {
            last--;
        }
        int digits = last - first + 1;
        if (point > first && point <= last) {
            digits--;
        }
        int size = 1 + (digits + 1) / 2;
        if (digits % 2 == 0 && exponent % 2 == 0) {
            size++;
        }
        return negative ? size + 1 : size;
    }

    private static int sign(String canonical) {
        if (canonical.charAt(0) == '-') {
            return -1;
        }
        return canonical.equals("0") ? 0 : 1;
    }

    /** Compares the non-zero magnitudes that start at {@code leftStart} and {@code rightStart}. */
    private static int compareMagnitudes(String left, int leftStart, String right, int rightStart) {
        int leftInteger = integerDigits(left, leftStart);
        int rightInteger = integerDigits(right, rightStart);
        if (leftInteger != rightInteger) {
            return Integer.compare(leftInteger, rightInteger);
        }
        // Same count of integer digits: the points line up (or both are 0.), so the texts compare as digit strings,
        // and with no trailing zeros the longer one of a common prefix is the larger.
        int leftLength = left.length() - leftStart;
        int rightLength = right.length() - rightStart;
        int common = Math.min(leftLength, rightLength);
        for (int i = 0; i < common; i++) {
            int difference = left.charAt(leftStart + i) - right.charAt(rightStart + i);
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(leftLength, rightLength);
    }

    /** The count of integer digits of a non-zero magnitude; 0 for one below one ({@code 0.…}). */
    private static int integerDigits(String text, int start) {
        if (text.charAt(start) == '0') {
            return 0;
        }
        int point = text.indexOf('.', start);
        return (point < 0 ? text.length() : point) - start;
    }
}
