package io.tabletheory.testkit.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the contract compares DynamoDB error messages. DynamoDB's wording drifts between regions and over time in
 * inessential ways (research §0, "AWS's message text is not stable"): some regions wrap a message in {@code 1
 * validation error detected: }, whitespace varies, and a trailing period comes and goes. {@link #normalise} removes
 * exactly those three differences and nothing else.
 */
public final class DynamoErrors {
    private static final String ENVELOPE = "1 validation error detected: ";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private DynamoErrors() {}

    /**
     * The message with DynamoDB's optional {@code 1 validation error detected: } prefix removed, runs of whitespace
     * collapsed to one space, surrounding whitespace trimmed, and one trailing period dropped.
     */
    public static String normalise(String message) {
        String text = WHITESPACE
                .matcher(Objects.requireNonNullElse(message, ""))
                .replaceAll(" ")
                .trim();
        if (text.startsWith(ENVELOPE)) {
            text = text.substring(ENVELOPE.length()).trim();
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** Whether two messages are the same after {@link #normalise normalising} both. */
    public static boolean sameMessage(String expected, String actual) {
        return normalise(expected).equals(normalise(actual));
    }
}
