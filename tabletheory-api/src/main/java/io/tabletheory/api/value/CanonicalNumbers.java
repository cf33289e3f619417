package io.tabletheory.api.value;

/**
 * The fast path of {@link DynamoNumbers#canonical(String)}: whether a text already is a number in DynamoDB's canonical
 * form and within its precision and range, found in one scan without allocating. Numbers that DynamoDB returns, and
 * those written from Java integers, always are; the text is then its own canonical form and needs no rewriting. Any
 * other text, valid or not, takes the full path ({@link NumberText}), which rewrites it or refuses it with DynamoDB's
 * message; the property test holds the two paths to the same answers.
 */
final class CanonicalNumbers {
    private CanonicalNumbers() {}

    /**
     * Whether {@code text} is canonical: an optional {@code -}, then {@code 0} alone (never negative), or digits
     * without a leading zero, or {@code 0.} and a fraction; a fraction has at least one digit and no trailing zero; no
     * exponent; at most 38 significant digits and a magnitude in DynamoDB's range.
     */
    static boolean isCanonical(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return false;
        }
        char first = text.charAt(start);
        if (first == '0') {
            return start + 1 == length ? start == 0 : isCanonicalFraction(text, start + 1);
        }
        if (first < '1' || first > '9') {
            return false;
        }
        int point = skipDigits(text, start);
        int integerDigits = point - start;
        long leadingExponent = integerDigits - 1L;
        int significant;
        if (point == length) {
            int last = length - 1;
            while (text.charAt(last) == '0') {
                last--;
            }
            significant = last - start + 1;
        } else {
            if (text.charAt(point) != '.' || !isFractionToEnd(text, point + 1)) {
                return false;
            }
            significant = length - start - 1;
        }
        return withinLimits(leadingExponent, significant);
    }

    /** After a leading {@code 0}: {@code .}, zeros, then significant digits to the end, the last not a zero. */
    private static boolean isCanonicalFraction(String text, int point) {
        int length = text.length();
        if (text.charAt(point) != '.') {
            return false;
        }
        int firstSignificant = point + 1;
        while (firstSignificant < length && text.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        if (firstSignificant == length || !isFractionToEnd(text, firstSignificant)) {
            return false;
        }
        long leadingExponent = (long) point - firstSignificant;
        return withinLimits(leadingExponent, length - firstSignificant);
    }

    /** Digits from {@code from} to the end, at least one, the last not a zero. */
    private static boolean isFractionToEnd(String text, int from) {
        int length = text.length();
        return from < length && skipDigits(text, from) == length && text.charAt(length - 1) != '0';
    }

    private static boolean withinLimits(long leadingExponent, int significant) {
        return significant <= DynamoNumbers.MAX_SIGNIFICANT_DIGITS
                && leadingExponent <= DynamoNumbers.MAX_EXPONENT
                && leadingExponent >= DynamoNumbers.MIN_EXPONENT;
    }

    private static int skipDigits(String text, int position) {
        int next = position;
        while (next < text.length() && text.charAt(next) >= '0' && text.charAt(next) <= '9') {
            next++;
        }
        return next;
    }
}
