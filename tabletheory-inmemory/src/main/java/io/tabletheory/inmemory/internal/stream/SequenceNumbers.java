package io.tabletheory.inmemory.internal.stream;

import java.util.OptionalLong;

/**
 * The emulator's stream sequence numbers as text: decimal, zero-padded to 21 digits (DynamoDB's shortest), so that
 * their text order is their numeric order. They come from one counter per emulator, so they increase across all
 * its streams.
 */
final class SequenceNumbers {
    private static final int DIGITS = 21;

    private SequenceNumbers() {}

    /** The text of sequence number {@code number}. */
    static String format(long number) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, DIGITS - digits.length())) + digits;
    }

    /** The number a text names; empty when it is not 21 to 40 decimal digits within the emulator's range. */
    static OptionalLong parse(String text) {
        if (text.length() < DIGITS || text.length() > 40) {
            return OptionalLong.empty();
        }
        for (int index = 0; index < text.length(); index++) {
            if (!Character.isDigit(text.charAt(index)) || text.charAt(index) > '9') {
                return OptionalLong.empty();
            }
        }
        String significant = text.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 19) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(significant));
        } catch (NumberFormatException beyondRange) {
            return OptionalLong.empty();
        }
    }
}
