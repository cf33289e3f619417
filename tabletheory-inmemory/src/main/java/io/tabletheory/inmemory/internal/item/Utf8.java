package io.tabletheory.inmemory.internal.item;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 byte lengths of Java strings without encoding them. DynamoDB measures strings (values, attribute names,
 * keys, expressions) in UTF-8 bytes; the size function and the key and expression limits use this class.
 */
public final class Utf8 {
    /** From this many characters on, the JDK's encoder measures a string faster than a loop over its characters. */
    private static final int LONG_TEXT = 32;

    private Utf8() {}

    /** The number of bytes {@code text} takes in UTF-8; an unpaired surrogate counts as one byte ({@code ?}). */
    public static int length(String text) {
        int length = text.length();
        if (length >= LONG_TEXT) {
            // The JDK checks a string for non-ASCII characters with vector instructions and copies an ASCII one as it
            // is: much faster than the loop below for a long text, although it allocates the copy.
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        int bytes = 0;
        for (int i = 0; i < length; i++) {
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
