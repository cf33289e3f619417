package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.item.Utf8;

/**
 * The checks DynamoDB applies to an expression string before parsing it: not empty, and at most 4 KB of UTF-8.
 * Only a too long ConditionExpression or FilterExpression has its size quoted in the message; the other kinds
 * (UpdateExpression, ProjectionExpression, KeyConditionExpression) stop after "size;" (as captured from DynamoDB by
 * the ExtendDB project's dual-target tests, and as DynamoDB Local 3.1.0 words UpdateExpression).
 */
final class ExpressionText {
    static final int MAX_BYTES = 4096;

    private ExpressionText() {}

    static void check(String text, ExpressionKind kind) {
        if (text.isBlank()) {
            throw kind.invalid("The expression can not be empty;");
        }
        int bytes = Utf8.length(text);
        if (bytes > MAX_BYTES) {
            boolean quotesSize = kind == ExpressionKind.CONDITION || kind == ExpressionKind.FILTER;
            throw kind.invalid("Expression size has exceeded the maximum allowed size;"
                    + (quotesSize ? " expression size: " + bytes : ""));
        }
    }
}
