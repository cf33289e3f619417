package io.tabletheory.inmemory.internal.expr.parse;

import java.util.Objects;

/**
 * One token of an expression, with its position in the text so that syntax errors can quote DynamoDB's {@code
 * near} context.
 *
 * @param type the kind of token
 * @param text the token as written ({@code <EOF>} for the end)
 * @param start the offset of its first character
 * @param end the offset after its last character
 */
record Token(TokenType type, String text, int start, int end) {
    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** Whether this is a bare name equal, ignoring case, to {@code keyword}. */
    public boolean isKeyword(String keyword) {
        return type == TokenType.NAME && text.equalsIgnoreCase(keyword);
    }
}
