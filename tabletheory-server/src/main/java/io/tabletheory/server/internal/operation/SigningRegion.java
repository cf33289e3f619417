package io.tabletheory.server.internal.operation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a request was signed for, read from its SigV4 {@code Authorization} header ({@code AWS4-HMAC-SHA256
 * Credential=<key>/<date>/<region>/dynamodb/aws4_request, ...}): the region the server names in the table ARNs it
 * answers with, as DynamoDB names its own region. Signatures are not checked.
 */
public final class SigningRegion {
    /** The region of a request that is not signed, or whose credential scope cannot be read. */
    public static final String DEFAULT = "us-east-1";

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=[^/,\\s]*/[^/,\\s]*/([a-z0-9-]+)/");

    private SigningRegion() {}

    /** The region in an {@code Authorization} header, or {@link #DEFAULT}. */
    public static String of(String authorization) {
        if (authorization == null) {
            return DEFAULT;
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        return matcher.find() ? matcher.group(1) : DEFAULT;
    }
}
