package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.inmemory.internal.table.TableArns;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stream ARNs: the table's ARN followed by {@code /stream/<label>}, as DynamoDB forms them. The emulator keys its
 * streams by the ARN in its own region ({@link TableArns#REGION}); a client's ARN names the region it signed for
 * (the server rewrites the region of the ARNs it answers), so an ARN of any region finds the stream.
 */
final class StreamArns {
    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws:dynamodb:[^:]+:(\\d+):table/([^/]{3,255})/stream/([^/]+)");

    private StreamArns() {}

    /** The ARN of the stream labelled {@code label} of table {@code tableName}. */
    static String of(String tableName, String label) {
        return TableArns.of(tableName) + "/stream/" + label;
    }

    /** The emulator's own form of a client's stream ARN; empty when {@code arn} is not a stream ARN of its account. */
    static Optional<String> canonical(String arn) {
        Matcher matcher = STREAM_ARN.matcher(arn);
        if (!matcher.matches() || !matcher.group(1).equals(TableArns.ACCOUNT)) {
            return Optional.empty();
        }
        return Optional.of(of(matcher.group(2), matcher.group(3)));
    }
}
