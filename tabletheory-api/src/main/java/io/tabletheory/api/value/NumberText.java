package io.tabletheory.api.value;

/**
 * One pass over a number's text for {@link DynamoNumbers#canonical(String)}: where its significant digits start and
 * end, and the decimal exponent of the first of them. The checks and the canonical form need nothing else, so no
 * arithmetic is done on a number of the text's size (a {@code BigDecimal} of 160 KB of digits costs seconds of CPU;
 * this costs one scan).
 */
final class NumberText {
    /** The most digits an exponent may have ({@code 1e123456789} is read, {@code 1e1234567890} is not a number). */
    private static final int MAX_EXPONENT_DIGITS = 9;

    private final String text;
    private final boolean negative;
    private final int integerStart;
    private final int integerDigits;
    private final int fractionStart;
    private final int fractionDigits;
    private final long exponent;

    private NumberText(
            String text,
            boolean negative,
            int integerStart,
            int integerDigits,
            int fractionStart,
            int fractionDigits,
            long exponent) {
        this.text = text;
        this.negative = negative;
        this.integerStart = integerStart;
        this.integerDigits = integerDigits;
        this.fractionStart = fractionStart;
        this.fractionDigits = fractionDigits;
        this.exponent = exponent;
    }

    /** Splits {@code text} into sign, integer digits, fraction digits and exponent; refuses what is not a number. */
    static NumberText read(String text) {
        int length = text.length();
        int position = 0;
        boolean negative = false;
        if (position < length && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
            negative = text.charAt(position) == '-';
            position++;
        }
        int integerStart = position;
        position = skipDigits(text, position);
        int integerDigits = position - integerStart;
        int fractionStart = position;
        if (position < length && text.charAt(position) == '.') {
            fractionStart = position + 1;
            position = skipDigits(text, fractionStart);
        }
        int fractionDigits = position - fractionStart;
        if (integerDigits + fractionDigits == 0) {
            throw DynamoNumbers.notANumber(text);
        }
        long exponent = 0;
        if (position < length && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            boolean negativeExponent = false;
            if (position < length && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                negativeExponent = text.charAt(position) == '-';
                position++;
            }
            int exponentStart = position;
            position = skipDigits(text, position);
            int exponentDigits = position - exponentStart;
            if (exponentDigits < 1 || exponentDigits > MAX_EXPONENT_DIGITS) {
                throw DynamoNumbers.notANumber(text);
            }
            exponent = Long.parseLong(text, exponentStart, position, 10);
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (position != length) {
            throw DynamoNumbers.notANumber(text);
        }
        return new NumberText(text, negative, integerStart, integerDigits, fractionStart, fractionDigits, exponent);
    }

    private static int skipDigits(String text, int position) {
        int next = position;
        while (next < text.length() && text.charAt(next) >= '0' && text.charAt(next) <= '9') {
            next++;
        }
        return next;
    }

    /** The canonical form, after DynamoDB's range and precision checks. */
    String canonical() {
        int digits = integerDigits + fractionDigits;
        int first = 0;
        while (first < digits && digit(first) == '0') {
            first++;
        }
        if (first == digits) {
            return "0";
        }
        int last = digits - 1;
        while (digit(last) == '0') {
            last--;
        }
        int significant = last - first + 1;
        long leadingExponent = (long) integerDigits - 1 - first + exponent;
        DynamoNumbers.checkRange(leadingExponent, significant);
        StringBuilder canonical = new StringBuilder(significant + 132);
        if (negative) {
            canonical.append('-');
        }
        if (leadingExponent < 0) {
            canonical.append("0.");
            canonical.append("0".repeat((int) (-leadingExponent - 1)));
            appendDigits(canonical, first, last + 1);
        } else if (leadingExponent >= significant - 1) {
            appendDigits(canonical, first, last + 1);
            canonical.append("0".repeat((int) (leadingExponent - significant + 1)));
        } else {
            int point = first + (int) leadingExponent + 1;
            appendDigits(canonical, first, point);
            canonical.append('.');
            appendDigits(canonical, point, last + 1);
        }
        return canonical.toString();
    }

    /** The digit at {@code index} of the integer digits followed by the fraction digits. */
    private char digit(int index) {
        return index < integerDigits
                ? text.charAt(integerStart + index)
                : text.charAt(fractionStart + index - integerDigits);
    }

    private void appendDigits(StringBuilder out, int from, int to) {
        for (int index = from; index < to; index++) {
            out.append(digit(index));
        }
    }
}
