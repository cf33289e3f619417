package io.tabletheory.inmemory.internal.item;

/**
 * UTF-8 byte lengths of Java strings without encoding them. DynamoDB measures strings (values, attribute names,
 * keys, expressions) in UTF-8 bytes; the size function and the key and expression limits use this class.
 */
public final class Utf8 {
    private Utf8() {}

    /** The number of bytes {@code text} takes in UTF-8; an unpaired surrogate counts as one byte ({@code ?}). */
    public static int length(String text) {
        int length = text.length();
        // Most text is ASCII: a tight scan for the first other character measures it without allocating (as fast
        // as the JDK's encoder, which copies the string, for an 800-character text).
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return i + lengthFrom(text, i);
            }
        }
        return length;
    }

    /** The UTF-8 bytes of {@code text} from the character at {@code start} on. */
    private static int lengthFrom(String text, int start) {
        int length = text.length();
        int bytes = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
