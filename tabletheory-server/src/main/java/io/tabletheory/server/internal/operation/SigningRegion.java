package io.tabletheory.server.internal.operation;

/**
 * The region a request was signed for, read from its SigV4 {@code Authorization} header ({@code AWS4-HMAC-SHA256
 * Credential=<key>/<date>/<region>/dynamodb/aws4_request, ...}): the region the server names in the table ARNs it
 * answers with, as DynamoDB names its own region. Signatures are not checked. Read on every request, so by a scan of
 * the header rather than a regular expression.
 */
public final class SigningRegion {
    /** The region of a request that is not signed, or whose credential scope cannot be read. */
    public static final String DEFAULT = "us-east-1";

    private static final String CREDENTIAL = "Credential=";

    private SigningRegion() {}

    /**
     * The region in an {@code Authorization} header, or {@link #DEFAULT}: the third part of the first {@code
     * Credential=} value whose first two parts (access key, date) hold no {@code /}, comma or white space and whose
     * region part, ended by a {@code /}, is lower-case letters, digits and dashes.
     */
    public static String of(String authorization) {
        if (authorization == null) {
            return DEFAULT;
        }
        for (int start = authorization.indexOf(CREDENTIAL);
                start >= 0;
                start = authorization.indexOf(CREDENTIAL, start + 1)) {
            int key = endOfPart(authorization, start + CREDENTIAL.length());
            int date = key < 0 ? -1 : endOfPart(authorization, key + 1);
            if (date >= 0) {
                int region = date + 1;
                int end = region;
                while (end < authorization.length() && isRegionCharacter(authorization.charAt(end))) {
                    end++;
                }
                if (end > region && end < authorization.length() && authorization.charAt(end) == '/') {
                    return authorization.substring(region, end);
                }
            }
        }
        return DEFAULT;
    }

    /** The index of the {@code /} that ends the part starting at {@code from}, or -1 when another character ends it. */
    private static int endOfPart(String text, int from) {
        for (int index = from; index < text.length(); index++) {
            char next = text.charAt(index);
            if (next == '/') {
                return index;
            }
            if (next == ',' || Character.isWhitespace(next)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isRegionCharacter(char next) {
        return (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9') || next == '-';
    }
}
