package io.tabletheory.inmemory.internal.expr.parse;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import java.util.List;

/**
 * A cursor over the tokens of one expression for the recursive-descent parsers, and the source of DynamoDB's
 * syntax errors: {@code Syntax error; token: "X", near: "P X N"}, where {@code near} is the text from the previous
 * token to the next one (at the end of the expression: to the end of the text, trailing whitespace included, as
 * DynamoDB quotes it).
 *
 * <p>It also bounds the parsers' recursion: {@link #enter()} and {@link #leave()} bracket each parenthesis and
 * function call, and more than {@link #MAX_NESTING} open at once is refused before the stack is at risk (2,000
 * nested parentheses fit in DynamoDB's 4 KB; a bare {@code NOT} recurses once, and 4 KB holds only 1,024 of them).
 * No expression DynamoDB accepts comes near: a condition that deep needs more than its 300 operators or has
 * redundant parentheses, and an update's nested function calls run out of its 4 KB first.
 */
final class TokenStream {
    /** The most parentheses and function calls open at once. */
    static final int MAX_NESTING = 400;

    private static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "BETWEEN", "IN");

    private final String text;
    private final List<Token> tokens;
    private final ExpressionKind kind;
    private int position;
    private int nesting;

    TokenStream(String text, ExpressionKind kind) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.kind = kind;
    }

    ExpressionKind kind() {
        return kind;
    }

    Token peek() {
        return tokens.get(position);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    boolean at(TokenType type) {
        return peek().type() == type;
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    Token next() {
        Token token = peek();
        if (token.type() != TokenType.EOF) {
            position++;
        }
        return token;
    }

    Token expect(TokenType type) {
        if (!at(type)) {
            throw syntaxError();
        }
        return next();
    }

    Token expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw syntaxError();
        }
        return next();
    }

    /** Opens one level of nesting; the error names the level reached. */
    void enter() {
        if (++nesting > MAX_NESTING) {
            throw kind.invalid("The expression has too many nesting levels; nesting levels: " + nesting);
        }
    }

    /** Closes the level the last {@link #enter()} opened. */
    void leave() {
        nesting--;
    }

    /** Whether {@code token} is one of the expression keywords that can never be an attribute name. */
    static boolean isKeyword(Token token) {
        if (token.type() != TokenType.NAME) {
            return false;
        }
        for (String keyword : KEYWORDS) {
            if (token.text().equalsIgnoreCase(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** A syntax error at the current token. */
    ValidationException syntaxError() {
        Token token = peek();
        Token previous = position > 0 ? tokens.get(position - 1) : null;
        Token following = token.type() == TokenType.EOF ? null : tokens.get(position + 1);
        int from = previous != null ? previous.start() : token.start();
        int to;
        if (token.type() == TokenType.EOF) {
            to = token.end();
        } else if (following != null && following.type() != TokenType.EOF) {
            to = following.end();
        } else {
            to = token.end();
        }
        return kind.invalid(
                "Syntax error; token: \"" + token.text() + "\", near: \"" + text.substring(from, to) + "\"");
    }
}
